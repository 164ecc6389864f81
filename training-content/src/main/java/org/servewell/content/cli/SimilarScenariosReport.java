package org.servewell.content.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import org.servewell.content.ContentBundle;
import org.servewell.content.health.SimilarScenarios;
import org.servewell.content.health.SimilarScenarios.LessonReplay;
import org.servewell.content.health.SimilarScenarios.NearDuplicate;

/**
 * Scenarios a learner would meet twice, in words: a warning naming the files and lines
 * for each near-duplicate and each retold lesson example ({@code validate}), and a short
 * list ({@code summary}).
 */
final class SimilarScenariosReport {

	private final Path folder;

	private final List<NearDuplicate> duplicates;

	private final List<LessonReplay> replays;

	SimilarScenariosReport(Path folder, ContentBundle bundle) {
		this.folder = folder;
		this.duplicates = SimilarScenarios.nearDuplicates(bundle.courses());
		this.replays = SimilarScenarios.lessonReplays(bundle.courses());
	}

	/** One warning per finding, near-duplicates first, most alike first. */
	List<String> warnings() {
		return Stream.concat(this.duplicates.stream().map(this::warning), this.replays.stream().map(this::warning))
			.toList();
	}

	/** The findings, one short line each. */
	void printList(PrintStream out) {
		out.println(String.format(Locale.ROOT,
				"Similar scenarios (near-duplicates from %.2f, retold lesson examples from %.2f, or %.2f when a"
						+ " person recurs):",
				SimilarScenarios.DUPLICATE_THRESHOLD, SimilarScenarios.REPLAY_THRESHOLD,
				SimilarScenarios.NAMED_REPLAY_THRESHOLD));
		if (this.duplicates.isEmpty() && this.replays.isEmpty()) {
			out.println("  none");
		}
		for (NearDuplicate duplicate : this.duplicates) {
			out.println(String.format(Locale.ROOT, "  %.2f  %s ~ %s", duplicate.similarity(), duplicate.scenario(),
					duplicate.otherScenario()));
		}
		for (LessonReplay replay : this.replays) {
			out.println(String.format(Locale.ROOT, "  %.2f  %s retells lesson %s (line %d)%s", replay.similarity(),
					replay.scenario(), replay.lesson(), replay.lessonLine(), names(replay)));
		}
	}

	private String warning(NearDuplicate duplicate) {
		String other = duplicate.sameBank()
				? "at " + line(duplicate.otherCourse(), duplicate.otherScenario()) + " of the same bank"
				: "in " + location(duplicate.otherCourse(), duplicate.otherScenario());
		return String.format(Locale.ROOT,
				"warning: %s: scenario '%s' is a near-duplicate of '%s' %s (similarity %.2f; threshold %.2f): give one"
						+ " of them a new situation",
				location(duplicate.course(), duplicate.scenario()), duplicate.scenario(), duplicate.otherScenario(),
				other, duplicate.similarity(), SimilarScenarios.DUPLICATE_THRESHOLD);
	}

	private String warning(LessonReplay replay) {
		return String.format(Locale.ROOT,
				"warning: %s: scenario '%s' retells the lesson example at courses/%s/%s.md:%d (similarity %.2f;"
						+ " threshold %.2f%s): give it a situation the lessons do not tell",
				location(replay.course(), replay.scenario()), replay.scenario(), replay.course(), replay.lesson(),
				replay.lessonLine(), replay.similarity(), replay.threshold(), names(replay));
	}

	private static String names(LessonReplay replay) {
		return replay.sharedNames().isEmpty() ? "" : "; both name " + String.join(", ", replay.sharedNames());
	}

	/** "line 12", or "its bank" when the line cannot be found. */
	private String line(String course, String scenario) {
		int line = lineOf(course, scenario);
		return (line > 0) ? "line " + line : bank(course);
	}

	/** {@code courses/<course>/<bank>:<line>}, where the scenario's id is. */
	private String location(String course, String scenario) {
		int line = lineOf(course, scenario);
		return (line > 0) ? bank(course) + ":" + line : bank(course);
	}

	private String bank(String course) {
		String manifest = read("courses/" + course + "/course.yaml");
		Object bank = new Yaml(new LoaderOptions()).<Map<String, Object>>load(manifest).get("scenarios");
		return "courses/" + course + "/" + bank;
	}

	private int lineOf(String course, String scenario) {
		Pattern id = Pattern.compile("\\s*-?\\s*id:\\s*[\"']?" + Pattern.quote(scenario) + "[\"']?\\s*(#.*)?");
		List<String> lines = read(bank(course)).lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (id.matcher(lines.get(i)).matches()) {
				return i + 1;
			}
		}
		return 0;
	}

	private String read(String file) {
		try {
			return Files.readString(this.folder.resolve(file));
		}
		catch (IOException ex) {
			// The reader has just read this file; failing now is not the author's doing.
			throw new UncheckedIOException(ex);
		}
	}

}
