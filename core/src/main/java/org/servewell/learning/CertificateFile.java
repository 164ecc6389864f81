package org.servewell.learning;

/**
 * A certificate ready to download.
 *
 * @param fileName a file name for the download
 * @param pdf the PDF bytes
 */
public record CertificateFile(String fileName, byte[] pdf) {
}
