package org.servewell.apiaccess;

import java.time.Instant;

/**
 * A token as the administrators' list shows it; never its secret.
 *
 * @param id the token's id
 * @param name what it is for
 * @param prefix the secret's first characters, to recognise it
 * @param scope what it may do
 * @param createdBy who created it (the person it acts as)
 * @param createdAt when
 * @param expiresAt when it stops working
 * @param lastUsedAt when it last authenticated a request, or null
 * @param revokedAt when it was revoked, or null
 */
public record ApiTokenSummary(long id, String name, String prefix, ApiScope scope, String createdBy, Instant createdAt,
		Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

	/** Whether the token still authenticates requests at the given time. */
	public boolean activeAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

}
