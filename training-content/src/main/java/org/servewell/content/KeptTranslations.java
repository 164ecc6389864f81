package org.servewell.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What of a course's translations still holds after the course changed: the words of each
 * lesson and scenario whose original did not change. A changed or new part has none, and
 * its reader sees the original's words there until a translator catches up.
 */
public final class KeptTranslations {

	private KeptTranslations() {
	}

	/**
	 * The translations of {@code before} that still fit {@code after}.
	 * @param before the course as its translations were written for
	 * @param after the changed course
	 */
	public static List<CourseTranslation> of(CourseContent before, CourseContent after) {
		if (!before.language().equals(after.language())) {
			return List.of();
		}
		Map<String, LessonContent> lessonsBefore = byId(before.lessons(), LessonContent::id);
		Map<String, ScenarioContent> scenariosBefore = byId(before.scenarios(), ScenarioContent::id);
		boolean sameCourseWords = before.title().equals(after.title()) && before.summary().equals(after.summary())
				&& before.audience().equals(after.audience());
		List<CourseTranslation> kept = new ArrayList<>();
		for (CourseTranslation translation : before.translations()) {
			List<CourseTranslation.LessonTranslation> lessons = new ArrayList<>();
			for (LessonContent lesson : after.lessons()) {
				LessonContent earlier = lessonsBefore.get(lesson.id());
				if (earlier != null && earlier.title().equals(lesson.title())
						&& earlier.markdown().equals(lesson.markdown())) {
					translation.lesson(lesson.id()).ifPresent(lessons::add);
				}
			}
			List<CourseTranslation.ScenarioTranslation> scenarios = new ArrayList<>();
			for (ScenarioContent scenario : after.scenarios()) {
				if (sameWords(scenariosBefore.get(scenario.id()), scenario)) {
					translation.scenario(scenario.id()).ifPresent(scenarios::add);
				}
			}
			kept.add(sameCourseWords
					? new CourseTranslation(translation.language(), translation.title(), translation.summary(),
							translation.audience(), lessons, scenarios)
					: new CourseTranslation(translation.language(), after.title(), after.summary(), after.audience(),
							lessons, scenarios));
		}
		return kept;
	}

	private static boolean sameWords(ScenarioContent before, ScenarioContent after) {
		if (before == null || before.options().size() != after.options().size() || !before.title().equals(after.title())
				|| !before.situation().equals(after.situation()) || !before.prompt().equals(after.prompt())) {
			return false;
		}
		for (int i = 0; i < after.options().size(); i++) {
			OptionContent was = before.options().get(i);
			OptionContent is = after.options().get(i);
			if (!Objects.equals(was.text(), is.text()) || !Objects.equals(was.feedback(), is.feedback())) {
				return false;
			}
		}
		return true;
	}

	private static <T> Map<String, T> byId(List<T> parts, Function<T, String> id) {
		return parts.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
	}

}
