package org.servewell.hiring;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Everything HR entered about a candidate, with the version to refuse a stale edit.
 *
 * @param id the candidate's id
 * @param version changes on every save
 * @param fullName the name, or {@code null} once erased
 * @param email the email, or {@code null}
 * @param position the position applied for
 * @param source where the application came from, or {@code null}
 * @param notes HR's notes, or {@code null}
 * @param consentDate when the candidate agreed to their data being kept, or {@code null}
 * @param status new, interviewing or decided
 * @param erasedAt when the personal data was erased, or {@code null}
 * @param erasureReason why it was erased (HR's reason or the retention period), or
 * {@code null}
 * @param hiredPersonId the employee the hire created, or {@code null}
 * @param createdAt when HR added the candidate
 */
public record CandidateDetails(long id, long version, String fullName, String email, String position, String source,
		String notes, LocalDate consentDate, CandidateStatus status, Instant erasedAt, String erasureReason,
		Long hiredPersonId, Instant createdAt) {

	/** The name to show: the candidate's, or a placeholder once erased. */
	public String displayName() {
		return (this.fullName != null) ? this.fullName : "Erased candidate #" + this.id;
	}

}
