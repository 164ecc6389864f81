package org.servewell.badges;

import java.time.Instant;

/**
 * A badge signing key as administrators see it.
 *
 * @param generation 1 for the first key, one more for each rotation; the highest signs
 * @param keyId the key's published id, a URL that answers with its public half
 * @param createdAt when it was made
 */
public record SigningKeySummary(int generation, String keyId, Instant createdAt) {
}
