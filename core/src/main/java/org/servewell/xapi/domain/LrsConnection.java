package org.servewell.xapi.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.xapi.XapiLimits;

/**
 * The learning record store statements are sent to: one row at most. The password is kept
 * as it is, since every request authenticates with it; it is never shown back nor logged.
 */
@Entity
@Table(name = "xapi_lrs")
public class LrsConnection {

	/** The id of the one row. */
	public static final long THE_ONE = 1;

	@Id
	@Column(name = "id")
	private Long id;

	@Column(name = "endpoint", nullable = false, length = XapiLimits.ENDPOINT_LENGTH)
	private String endpoint;

	@Column(name = "username", nullable = false, length = XapiLimits.USERNAME_LENGTH)
	private String username;

	@Column(name = "password", nullable = false, length = XapiLimits.PASSWORD_LENGTH)
	private String password;

	@Column(name = "enabled", nullable = false)
	private boolean enabled;

	@Column(name = "updated_by", nullable = false)
	private long updatedBy;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected LrsConnection() {
	}

	public LrsConnection(String endpoint, String username, String password, boolean enabled, long updatedBy,
			Instant updatedAt) {
		this.id = THE_ONE;
		set(endpoint, username, password, enabled, updatedBy, updatedAt);
	}

	/** Changes every setting; a null password keeps the one set. */
	public void set(String endpoint, String username, String password, boolean enabled, long updatedBy,
			Instant updatedAt) {
		this.endpoint = endpoint;
		this.username = username;
		if (password != null) {
			this.password = password;
		}
		this.enabled = enabled;
		this.updatedBy = updatedBy;
		this.updatedAt = updatedAt;
	}

	public String getEndpoint() {
		return this.endpoint;
	}

	public String getUsername() {
		return this.username;
	}

	public String getPassword() {
		return this.password;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public long getUpdatedBy() {
		return this.updatedBy;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	@Override
	public String toString() {
		return "LrsConnection[endpoint=" + this.endpoint + ", username=" + this.username + ", enabled=" + this.enabled
				+ "]";
	}

}
