package org.servewell.xapi;

import java.time.Instant;

/**
 * The learning record store as administrators see it: never its password, only that one
 * is set.
 *
 * @param endpoint the LRS's xAPI endpoint
 * @param username the user name (key)
 * @param passwordSet whether a password (secret) is set; always true once saved
 * @param enabled whether statements are written and sent
 * @param updatedBy who set it last
 * @param updatedAt when
 */
public record LrsSettings(String endpoint, String username, boolean passwordSet, boolean enabled, String updatedBy,
		Instant updatedAt) {
}
