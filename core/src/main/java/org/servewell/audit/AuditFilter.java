package org.servewell.audit;

import java.time.Instant;

import jakarta.validation.constraints.Size;

/**
 * Which audit entries to show; a null or blank part does not filter.
 *
 * @param action one kind of action, such as {@code PUBLISHED}
 * @param subject text the subject contains, in any case, such as a course's id
 * @param person text the person's name or email contains, in any case
 * @param from the earliest time, inclusive
 * @param until the time the entries end before, exclusive
 */
public record AuditFilter(@Size(max = MAX_TEXT_LENGTH) String action, @Size(max = MAX_TEXT_LENGTH) String subject,
		@Size(max = MAX_TEXT_LENGTH) String person, Instant from, Instant until) {

	/** Longest text a filter takes: as long as the longest subject or person kept. */
	public static final int MAX_TEXT_LENGTH = 200;

	/** Every entry. */
	public static final AuditFilter ANY = new AuditFilter(null, null, null, null, null);

}
