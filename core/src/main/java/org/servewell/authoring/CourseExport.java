package org.servewell.authoring;

/**
 * A course folder as a zip, for download.
 *
 * @param fileName the zip's file name
 * @param zip the zip's bytes
 */
public record CourseExport(String fileName, byte[] zip) {
}
