package org.servewell.authoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.authoring.domain.DraftLesson;
import org.servewell.authoring.domain.DraftScenario;
import org.servewell.content.CourseContent;
import org.servewell.content.ScenarioContent;
import org.servewell.content.health.SimilarScenarios;

/**
 * The scenarios of a draft a learner would meet twice, as the content format's check
 * finds them ({@link SimilarScenarios}), named as the studio shows them: the same dilemma
 * as another scenario of the draft or of another course's newest version, and a lesson's
 * example retold.
 *
 * @param sameDilemmas most alike first
 * @param retoldLessons most alike first
 */
record Repeats(List<BankHealthView.SameDilemma> sameDilemmas, List<BankHealthView.RetoldLesson> retoldLessons) {

	static Repeats of(CourseDraft draft, List<CourseContent> others) {
		CourseContent content = draft.asContent();
		Map<String, BankHealthView.Scenario> mine = new HashMap<>();
		for (DraftScenario part : draft.getScenarios()) {
			DraftScenario.Content scenario = part.getContent();
			mine.putIfAbsent(scenario.key(),
					new BankHealthView.Scenario(part.getId(), scenario.key(), scenario.title()));
		}
		Map<String, CourseContent> courses = new HashMap<>();
		Map<String, BankHealthView.Scenario> theirs = new HashMap<>();
		for (CourseContent other : others) {
			courses.put(other.id(), other);
			for (ScenarioContent scenario : other.scenarios()) {
				theirs.putIfAbsent(other.id() + "/" + scenario.id(),
						new BankHealthView.Scenario(0, scenario.id(), scenario.title()));
			}
		}
		List<BankHealthView.SameDilemma> same = SimilarScenarios.nearDuplicatesOf(content, others)
			.stream()
			.map((pair) -> pair.sameBank()
					? new BankHealthView.SameDilemma(mine.get(pair.scenario()), mine.get(pair.otherScenario()), "",
							pair.similarity())
					: new BankHealthView.SameDilemma(mine.get(pair.scenario()),
							theirs.get(pair.otherCourse() + "/" + pair.otherScenario()),
							courses.get(pair.otherCourse()).title(), pair.similarity()))
			.toList();
		Map<String, String> lessonTitles = new HashMap<>();
		for (DraftLesson lesson : draft.getLessons()) {
			lessonTitles.putIfAbsent(lesson.getLessonKey(), lesson.getTitle());
		}
		List<BankHealthView.RetoldLesson> retold = SimilarScenarios.lessonReplays(List.of(content))
			.stream()
			.map((replay) -> new BankHealthView.RetoldLesson(mine.get(replay.scenario()),
					lessonTitles.getOrDefault(replay.lesson(), replay.lesson()), replay.similarity(),
					replay.sharedNames()))
			.toList();
		return new Repeats(same, retold);
	}

}
