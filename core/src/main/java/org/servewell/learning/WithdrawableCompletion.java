package org.servewell.learning;

import java.time.LocalDate;

/**
 * A completion that still counts, as HR sees it before withdrawing it: enough to say
 * which certificate will be withdrawn.
 *
 * @param completionId the completion, which is also the certificate's id
 * @param learnerName to whom the certificate was issued
 * @param achievement the course completed
 * @param completedOn the day of completion
 * @param certificateNumber the number printed on the certificate
 */
public record WithdrawableCompletion(long completionId, String learnerName, String achievement, LocalDate completedOn,
		String certificateNumber) {
}
