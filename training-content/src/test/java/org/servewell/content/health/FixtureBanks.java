package org.servewell.content.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import org.servewell.content.CourseContent;
import org.servewell.content.EssayCitation;
import org.servewell.content.LessonContent;
import org.servewell.content.OptionContent;
import org.servewell.content.QuizSettings;
import org.servewell.content.ScenarioContent;

/**
 * Courses built from the scenario and lesson files under
 * {@code src/test/resources/similar-scenarios}, written in the content format.
 */
final class FixtureBanks {

	private FixtureBanks() {
	}

	/** A course with the bank and lessons at these resource paths. */
	static CourseContent course(String id, String bank, String... lessons) {
		List<LessonContent> read = Arrays.stream(lessons).map(FixtureBanks::lesson).toList();
		return new CourseContent(id, id, "", "", read, "", QuizSettings.NEW_COURSE, scenarios(bank), 0);
	}

	@SuppressWarnings("unchecked")
	static List<ScenarioContent> scenarios(String bank) {
		Map<String, Object> file = new Yaml(new LoaderOptions()).load(text(bank));
		return ((List<Map<String, Object>>) file.get("scenarios")).stream().map(FixtureBanks::scenario).toList();
	}

	/** The scenario with this id in the bank. */
	static ScenarioContent scenario(String bank, String id) {
		return scenarios(bank).stream().filter((scenario) -> scenario.id().equals(id)).findFirst().orElseThrow();
	}

	@SuppressWarnings("unchecked")
	private static ScenarioContent scenario(Map<String, Object> yaml) {
		Map<String, Object> source = (Map<String, Object>) yaml.get("source");
		List<OptionContent> options = ((List<Map<String, Object>>) yaml.get("options")).stream()
			.map((option) -> new OptionContent((String) option.get("text"), (Integer) option.get("rating"),
					(String) option.get("feedback")))
			.toList();
		return new ScenarioContent((String) yaml.get("id"), (String) yaml.get("title"), (String) yaml.get("situation"),
				(String) yaml.get("prompt"), (List<String>) yaml.get("traits"),
				new EssayCitation((String) source.get("essay"), (String) source.get("point")), options);
	}

	private static LessonContent lesson(String path) {
		String file = path.substring(path.lastIndexOf('/') + 1);
		return new LessonContent(file.substring(0, file.length() - ".md".length()), file, text(path), List.of());
	}

	private static String text(String path) {
		try (InputStream in = FixtureBanks.class.getResourceAsStream("/similar-scenarios/" + path)) {
			if (in == null) {
				throw new IllegalArgumentException("no test resource similar-scenarios/" + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
