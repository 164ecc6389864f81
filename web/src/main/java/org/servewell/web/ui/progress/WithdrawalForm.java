package org.servewell.web.ui.progress;

/**
 * What HR types when withdrawing a certificate; checked beside the field, and again by
 * the service.
 *
 * @param reason why, in words the learner will read
 */
public record WithdrawalForm(String reason) {
}
