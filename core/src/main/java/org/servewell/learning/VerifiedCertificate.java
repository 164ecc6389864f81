package org.servewell.learning;

import java.time.LocalDate;

/**
 * What the public verification page may say about a certificate, and nothing more: for
 * whom, for what, and whether it still stands. The reason for a withdrawal is the
 * learner's and HR's business, not the public's.
 *
 * @param learnerName to whom it was issued
 * @param achievement the course or path completed
 * @param completedOn the day of completion
 * @param status whether it is valid, expired or withdrawn
 * @param endedOn the day it expired or was withdrawn; null while valid
 */
public record VerifiedCertificate(String learnerName, String achievement, LocalDate completedOn, Status status,
		LocalDate endedOn) {

	/** Whether a certificate still stands. */
	public enum Status {

		/** Neither expired nor withdrawn. */
		VALID,

		/** Past its expiry: the learner must renew it. */
		EXPIRED,

		/** Withdrawn by HR or an administrator. */
		WITHDRAWN

	}

}
