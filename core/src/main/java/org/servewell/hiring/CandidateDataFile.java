package org.servewell.hiring;

/**
 * Everything Servewell holds about a candidate, ready to download.
 *
 * @param fileName a file name for the download, such as
 * {@code candidate-12-2026-11-30.json}
 * @param json the document, UTF-8
 */
public record CandidateDataFile(String fileName, byte[] json) {
}
