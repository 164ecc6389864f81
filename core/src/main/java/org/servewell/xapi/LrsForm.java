package org.servewell.xapi;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to point Servewell at a learning record store.
 *
 * @param endpoint the LRS's xAPI endpoint, such as https://lrs.example.com/xapi/ (the
 * statements go to its {@code statements} resource)
 * @param username the user name of HTTP Basic authentication (the LRS's "key")
 * @param password the password (the LRS's "secret"); empty keeps the one set
 * @param enabled whether statements are written and sent
 */
public record LrsForm(
		@NotBlank(message = "Enter the LRS's xAPI endpoint, such as https://lrs.example.com/xapi/.") @Size(
				max = XapiLimits.ENDPOINT_LENGTH,
				message = "An endpoint has at most " + XapiLimits.ENDPOINT_LENGTH + " characters.") String endpoint,
		@NotBlank(message = "Enter the user name (key) the LRS gave Servewell.") @Size(max = XapiLimits.USERNAME_LENGTH,
				message = "A user name has at most " + XapiLimits.USERNAME_LENGTH + " characters.") String username,
		@Size(max = XapiLimits.PASSWORD_LENGTH,
				message = "A password has at most " + XapiLimits.PASSWORD_LENGTH + " characters.") String password,
		boolean enabled) {

	@Override
	public String toString() {
		return "LrsForm[endpoint=" + this.endpoint + ", username=" + this.username + ", enabled=" + this.enabled + "]";
	}

}
