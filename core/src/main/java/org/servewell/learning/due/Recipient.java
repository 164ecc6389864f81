package org.servewell.learning.due;

/**
 * A person a reminder goes to.
 *
 * @param personId who
 * @param email their address
 * @param name their display name
 */
public record Recipient(long personId, String email, String name) {

}
