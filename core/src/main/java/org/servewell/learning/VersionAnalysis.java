package org.servewell.learning;

import java.util.List;

/**
 * The item analysis of one published course version's quiz.
 *
 * @param courseCode the course's content id
 * @param versionNumber the version analysed
 * @param submittedAttempts submitted attempts at this version; attempts in progress do
 * not count
 * @param items every scenario of the version's bank, in content order
 */
public record VersionAnalysis(String courseCode, int versionNumber, int submittedAttempts, List<ItemAnalysis> items) {
}
