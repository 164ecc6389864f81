package org.servewell.apiaccess;

import java.time.LocalDate;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator enters to create a token.
 *
 * @param name what the token is for, such as "HR system sync"
 * @param scope read only, or read and write
 * @param expiresOn the last day the token works (it stops at the end of that day, UTC)
 */
public record ApiTokenForm(
		@NotBlank(message = "Enter a name saying what the token is for.") @Size(max = ApiTokenLimits.NAME_LENGTH,
				message = "A token name has at most " + ApiTokenLimits.NAME_LENGTH + " characters.") String name,
		@NotNull(message = "Choose what the token may do.") ApiScope scope,
		@NotNull(message = "Choose the last day the token works.") @Future(
				message = "Choose a day after today for the token to expire.") LocalDate expiresOn) {
}
