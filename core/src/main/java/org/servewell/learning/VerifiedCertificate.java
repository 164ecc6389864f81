package org.servewell.learning;

import java.time.LocalDate;

/**
 * What the public verification page may say about a valid certificate, and nothing more.
 *
 * @param learnerName to whom it was issued
 * @param achievement the course or path completed
 * @param completedOn the day of completion
 */
public record VerifiedCertificate(String learnerName, String achievement, LocalDate completedOn) {
}
