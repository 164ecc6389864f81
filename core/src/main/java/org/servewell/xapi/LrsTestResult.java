package org.servewell.xapi;

/**
 * How the LRS answered a test statement.
 *
 * @param accepted whether it stored the statement
 * @param statusCode its HTTP status, or null when it never answered
 * @param error what went wrong, or null
 */
public record LrsTestResult(boolean accepted, Integer statusCode, String error) {
}
