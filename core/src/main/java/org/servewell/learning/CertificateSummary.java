package org.servewell.learning;

/**
 * What a learner needs to have a certificate checked without opening the PDF.
 *
 * @param certificateNumber the certificate's number, printed on it
 * @param verificationCode the code anyone can check at the verification page
 * @param verificationUrl the verification page's address
 */
public record CertificateSummary(String certificateNumber, String verificationCode, String verificationUrl) {
}
