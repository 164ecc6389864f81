package org.servewell.learning.due;

import java.util.Locale;

/**
 * A person a reminder goes to.
 *
 * @param personId who
 * @param email their address
 * @param name their display name
 * @param language the language they chose, or null while they chose none
 */
public record Recipient(long personId, String email, String name, Locale language) {

}
