package org.servewell.badges.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One generation of the key that signs badges: the public half as a JWK, the private half
 * encrypted. Never changed once made.
 */
@Entity
@Table(name = "badge_signing_key")
public class BadgeSigningKey {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "generation", nullable = false, updatable = false)
	private int generation;

	@Column(name = "key_id", nullable = false, length = 100, updatable = false)
	private String keyId;

	@Column(name = "public_jwk", nullable = false, length = 2000, updatable = false)
	private String publicJwk;

	@Column(name = "private_jwe", nullable = false, length = 8000, updatable = false)
	private String privateJwe;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	protected BadgeSigningKey() {
	}

	public BadgeSigningKey(int generation, String keyId, String publicJwk, String privateJwe, Instant createdAt) {
		this.generation = generation;
		this.keyId = keyId;
		this.publicJwk = publicJwk;
		this.privateJwe = privateJwe;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public int getGeneration() {
		return this.generation;
	}

	public String getKeyId() {
		return this.keyId;
	}

	public String getPublicJwk() {
		return this.publicJwk;
	}

	public String getPrivateJwe() {
		return this.privateJwe;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
