package org.servewell.badges;

import java.time.Instant;

/**
 * What a check of a badge file found.
 *
 * @param verdict the finding
 * @param achievement what the badge is for, when it could be read
 * @param issuer who issued it, when it could be read
 * @param validFrom when it was earned, when it could be read
 * @param validUntil when it stops (or stopped) counting, or {@code null}
 * @param withdrawnAt when the completion was withdrawn, or {@code null}
 */
public record CheckedBadge(Verdict verdict, String achievement, String issuer, Instant validFrom, Instant validUntil,
		Instant withdrawnAt) {

	/** What a check can find. */
	public enum Verdict {

		/** Signed by Servewell, unchanged, counting today. */
		VALID,

		/** Genuine, but past its end. */
		EXPIRED,

		/** Genuine, but its completion was withdrawn. */
		WITHDRAWN,

		/** Signed by a key that is not Servewell's, or naming another issuer. */
		NOT_OURS,

		/** Changed since it was signed: the signature does not match. */
		TAMPERED,

		/** A credential's JSON without a signature: nothing to check it by. */
		UNSIGNED,

		/** Not a badge: no credential could be read from the file. */
		UNREADABLE

	}

	static CheckedBadge only(Verdict verdict) {
		return new CheckedBadge(verdict, null, null, null, null, null);
	}

}
