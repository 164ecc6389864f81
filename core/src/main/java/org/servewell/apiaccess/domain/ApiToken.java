package org.servewell.apiaccess.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.apiaccess.ApiScope;
import org.servewell.apiaccess.ApiTokenLimits;

/** A token for the REST API. Only the SHA-256 hash of its secret is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

	/** A SHA-256 of the secret in hex: computed, never typed. */
	private static final int HASH_LENGTH = 64;

	/** How many of the secret's first characters are kept to recognise it. */
	public static final int PREFIX_LENGTH = 12;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "name", nullable = false, length = ApiTokenLimits.NAME_LENGTH)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "scope", nullable = false, length = 20)
	private ApiScope scope;

	@Column(name = "token_hash", nullable = false, length = HASH_LENGTH, updatable = false)
	private String tokenHash;

	@Column(name = "token_prefix", nullable = false, length = PREFIX_LENGTH, updatable = false)
	private String tokenPrefix;

	@Column(name = "created_by", nullable = false, updatable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	public ApiToken(String name, ApiScope scope, String tokenHash, String tokenPrefix, long createdBy,
			Instant createdAt, Instant expiresAt) {
		this.name = name;
		this.scope = scope;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** Whether the token authenticates requests at {@code now}. */
	public boolean isActiveAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

	/** Stops the token working; revoking twice keeps the first time. */
	public void revoke(Instant now) {
		if (this.revokedAt == null) {
			this.revokedAt = now;
		}
	}

	public void usedAt(Instant now) {
		this.lastUsedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public ApiScope getScope() {
		return this.scope;
	}

	public String getTokenPrefix() {
		return this.tokenPrefix;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getLastUsedAt() {
		return this.lastUsedAt;
	}

	public Instant getRevokedAt() {
		return this.revokedAt;
	}

}
