package org.servewell.learning;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A completed course or path with its certificate, as other systems read it.
 *
 * @param id the completion's id (the certificate's, for downloading it)
 * @param personId who completed it
 * @param learnerName their name as printed on the certificate
 * @param courseCode the course completed, or null for a path
 * @param pathCode the path completed, or null for a course
 * @param achievement the title printed on the certificate
 * @param completedAt when
 * @param scorePercent the quiz score, or null
 * @param expiresOn when the certificate must be renewed, or null
 * @param certificateNumber the certificate's number
 * @param verificationCode the code anyone can check on the verification page
 * @param expired whether the certificate has expired and must be renewed
 * @param withdrawnAt when HR or an administrator withdrew the completion (it no longer
 * counts), or null
 * @param changedAt when the record last changed for a reader: when it was withdrawn once
 * it was, else when it expired (the start of its expiry day) once it has, else when it
 * was completed
 */
public record CompletionRecord(long id, long personId, String learnerName, String courseCode, String pathCode,
		String achievement, Instant completedAt, Integer scorePercent, LocalDate expiresOn, String certificateNumber,
		String verificationCode, boolean expired, Instant withdrawnAt, Instant changedAt) {
}
