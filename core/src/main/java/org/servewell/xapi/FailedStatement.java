package org.servewell.xapi;

import java.time.Instant;
import java.util.UUID;

/**
 * A statement the LRS never took, as the administrators' list shows it.
 *
 * @param id the outbox row
 * @param statementId the statement's id, as the LRS would have stored it
 * @param verb the verb's last word, such as "completed"
 * @param attempts how many attempts were made
 * @param lastStatusCode the LRS's last HTTP status, or null when it never answered
 * @param lastError what went wrong last
 * @param createdAt when the learning happened
 */
public record FailedStatement(long id, UUID statementId, String verb, int attempts, Integer lastStatusCode,
		String lastError, Instant createdAt) {
}
