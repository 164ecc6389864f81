package org.servewell.people.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A one-time link to set a password. Only the SHA-256 hash of its token is stored.
 */
@Entity
@Table(name = "password_link")
public class PasswordLink {

	/** A SHA-256 of the token in hex: computed, never typed. */
	private static final int HASH_LENGTH = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "person_id", nullable = false)
	private Person person;

	@Column(name = "token_hash", nullable = false, length = HASH_LENGTH)
	private String tokenHash;

	@Column(name = "created_by", nullable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected PasswordLink() {
	}

	public PasswordLink(Person person, String tokenHash, long createdBy, Instant createdAt, Instant expiresAt) {
		this.person = person;
		this.tokenHash = tokenHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** Whether the link can still be used at {@code now}. */
	public boolean isUsable(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	public void used(Instant now) {
		this.usedAt = now;
	}

	public Person getPerson() {
		return this.person;
	}

	public Instant getExpiresAt() {
		return this.expiresAt;
	}

	public Instant getUsedAt() {
		return this.usedAt;
	}

}
