package org.servewell.authoring;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.servewell.content.ContentLimits;

/**
 * Ids for scenarios added in one go: the course code and the title as a slug, then
 * {@code -2}, {@code -3}... while taken, never longer than
 * {@link ContentLimits#MAX_ID_LENGTH}. Each slug remembers the next number to try, so a
 * file of 40,000 untitled questions with the same opening words takes linear time rather
 * than trying 2, 3... again for every question.
 */
final class ScenarioIds {

	/** Room kept for a number on a first id, as ids were cut before numbers ran long. */
	private static final int NUMBER_ROOM = 4;

	private final String courseCode;

	private final Set<String> taken;

	private final Map<String, Integer> nextNumber = new HashMap<>();

	/** Ids for a course, avoiding the {@code taken} ones (its own and other courses'). */
	ScenarioIds(String courseCode, Set<String> taken) {
		this.courseCode = courseCode;
		this.taken = new HashSet<>(taken);
	}

	/** A free id for a scenario with this title, taken from now on. */
	String next(String title) {
		String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		String base = this.courseCode + "-" + slug;
		int number = this.nextNumber.getOrDefault(base, 1);
		String id = (number == 1) ? cut(base, NUMBER_ROOM) : numbered(base, number);
		while (this.taken.contains(id)) {
			number++;
			id = numbered(base, number);
		}
		this.nextNumber.put(base, number + 1);
		this.taken.add(id);
		return id;
	}

	private static String numbered(String base, int number) {
		String suffix = "-" + number;
		return cut(base, suffix.length()) + suffix;
	}

	private static String cut(String base, int room) {
		return base.substring(0, Math.min(base.length(), ContentLimits.MAX_ID_LENGTH - room)).replaceAll("-+$", "");
	}

}
