package org.servewell.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes an interview kit in the content format, so that a kit HR edits is read back and
 * checked by exactly the rules a kit file in the content passes.
 */
final class InterviewKitWriter {

	private InterviewKitWriter() {
	}

	/** The kit's file text, {@code interview-kits/<id>.yaml}. */
	static String write(InterviewKitContent kit) {
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("id", kit.id());
		file.put("title", kit.title());
		file.put("forRole", kit.forRole());
		file.put("passThreshold", kit.passThreshold());
		file.put("traits", kit.traits().stream().map(InterviewKitWriter::trait).toList());
		return CourseWriter.yaml().dump(file);
	}

	/** The 1-based lines where each trait's entry starts, in the kit's order. */
	static List<Integer> traitLines(String written) {
		return CourseWriter.entryLines(written, "trait");
	}

	private static Map<String, Object> trait(InterviewKitContent.KitTrait trait) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("trait", trait.trait());
		entry.put("weight", trait.weight());
		entry.put("questions", trait.questions().stream().map(InterviewKitWriter::question).toList());
		return entry;
	}

	private static Map<String, Object> question(InterviewKitContent.InterviewQuestion question) {
		Map<String, Object> entry = new LinkedHashMap<>();
		// A kind not yet chosen is written empty, so that the reader reports it missing.
		entry.put("kind", (question.kind() != null) ? question.kind().name().toLowerCase(Locale.ROOT) : "");
		entry.put("text", question.text());
		if (!question.probes().isEmpty()) {
			entry.put("probes", question.probes());
		}
		entry.put("strongAnswer", question.strongAnswer());
		entry.put("weakAnswer", question.weakAnswer());
		return entry;
	}

}
