package org.servewell.content.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.servewell.content.LessonContent;

/**
 * A part of a lesson from one heading to the next (the worked example usually has its
 * own), compared with a scenario as a whole: a section is the size of a retold example,
 * where a whole lesson would dilute it and a paragraph would miss its answer.
 *
 * @param lesson the lesson's id
 * @param line the 1-based line where the section starts (its heading)
 * @param words the section's counted words ({@link TextSimilarity#counts})
 * @param names the surnames of people the section names with a title
 */
record LessonSection(String lesson, int line, Map<CharSequence, Integer> words, Set<String> names) {

	/** The lesson's sections in order; text before the first heading is one too. */
	static List<LessonSection> of(LessonContent lesson) {
		List<LessonSection> sections = new ArrayList<>();
		String[] lines = lesson.markdown().split("\n", -1);
		StringBuilder text = new StringBuilder();
		int start = 1;
		boolean fenced = false;
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].startsWith("```") || lines[i].startsWith("~~~")) {
				fenced = !fenced;
			}
			if (!fenced && lines[i].startsWith("#") && !text.toString().isBlank()) {
				sections.add(section(lesson, start, text.toString()));
				text.setLength(0);
				start = i + 1;
			}
			text.append(lines[i]).append('\n');
		}
		if (!text.toString().isBlank()) {
			sections.add(section(lesson, start, text.toString()));
		}
		return sections;
	}

	private static LessonSection section(LessonContent lesson, int line, String text) {
		return new LessonSection(lesson.id(), line, TextSimilarity.counts(text), TextSimilarity.titledNames(text));
	}

	LessonSection {
		words = Map.copyOf(words);
		names = Set.copyOf(names);
	}

}
