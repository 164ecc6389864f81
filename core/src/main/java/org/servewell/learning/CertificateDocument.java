package org.servewell.learning;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a certificate says.
 *
 * @param learnerName the person who completed
 * @param achievement the course or onboarding path completed, its title as the reader
 * should see it
 * @param completedOn the day of completion
 * @param scorePercent the quiz score, or null for a path
 * @param certificateNumber the certificate's number, for records
 * @param verificationCode the code anyone can check on the public verification page
 * @param verificationUrl where to check it
 * @param language the language of the certificate's words and date
 */
public record CertificateDocument(String learnerName, String achievement, LocalDate completedOn, Integer scorePercent,
		String certificateNumber, String verificationCode, String verificationUrl, Locale language) {
}
