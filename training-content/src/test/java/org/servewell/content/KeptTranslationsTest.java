package org.servewell.content;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a course's translation still holds after a trainer changed the course. */
class KeptTranslationsTest {

	private final CourseContent translated = ContentReader.read(ContentSource.bundled())
		.courses()
		.stream()
		.filter((course) -> !course.translations().isEmpty())
		.findFirst()
		.orElseThrow();

	@Test
	void unchanged_course_keeps_its_whole_translation() {
		assertThat(KeptTranslations.of(this.translated, this.translated)).isEqualTo(this.translated.translations());
	}

	@Test
	void scenario_whose_words_changed_loses_its_translation_and_the_others_keep_theirs() {
		List<ScenarioContent> scenarios = new ArrayList<>(this.translated.scenarios());
		ScenarioContent first = scenarios.get(0);
		scenarios.set(0, new ScenarioContent(first.id(), first.title(), first.situation() + " It is raining.",
				first.prompt(), first.traits(), first.source(), first.options()));

		CourseTranslation kept = KeptTranslations.of(this.translated, changed(scenarios, this.translated.lessons()))
			.get(0);

		assertThat(kept.scenario(first.id())).isEmpty();
		assertThat(kept.scenarios()).hasSize(scenarios.size() - 1);
		assertThat(kept.lessons()).hasSameSizeAs(this.translated.lessons());
		assertThat(kept.title()).isEqualTo(this.translated.translations().get(0).title());
	}

	@Test
	void option_whose_feedback_changed_takes_its_scenarios_translation_with_it() {
		List<ScenarioContent> scenarios = new ArrayList<>(this.translated.scenarios());
		ScenarioContent second = scenarios.get(1);
		List<OptionContent> options = new ArrayList<>(second.options());
		OptionContent option = options.get(0);
		options.set(0, new OptionContent(option.text(), option.rating(), option.feedback() + " Really."));
		scenarios.set(1, new ScenarioContent(second.id(), second.title(), second.situation(), second.prompt(),
				second.traits(), second.source(), options));

		CourseTranslation kept = KeptTranslations.of(this.translated, changed(scenarios, this.translated.lessons()))
			.get(0);

		assertThat(kept.scenario(second.id())).isEmpty();
	}

	@Test
	void removed_lesson_is_gone_from_the_translation_too() {
		List<LessonContent> lessons = this.translated.lessons().subList(0, this.translated.lessons().size() - 1);

		CourseTranslation kept = KeptTranslations.of(this.translated, changed(this.translated.scenarios(), lessons))
			.get(0);

		assertThat(kept.lessons()).hasSize(lessons.size());
	}

	@Test
	void renamed_course_shows_its_new_original_title_until_translated_again() {
		CourseContent renamed = new CourseContent(this.translated.id(), "A new title", this.translated.summary(),
				this.translated.audience(), this.translated.lessons(), "changed", this.translated.quiz(),
				this.translated.scenarios(), this.translated.renewAfterMonths(), this.translated.language(), List.of());

		CourseTranslation kept = KeptTranslations.of(this.translated, renamed).get(0);

		assertThat(kept.title()).isEqualTo("A new title");
		assertThat(kept.scenarios()).hasSameSizeAs(this.translated.scenarios());
	}

	@Test
	void course_now_declared_in_another_language_keeps_no_translation() {
		assertThat(KeptTranslations.of(this.translated, this.translated.inLanguage("de").withTranslations(List.of())))
			.isEmpty();
	}

	private CourseContent changed(List<ScenarioContent> scenarios, List<LessonContent> lessons) {
		return new CourseContent(this.translated.id(), this.translated.title(), this.translated.summary(),
				this.translated.audience(), lessons, "changed", this.translated.quiz(), scenarios,
				this.translated.renewAfterMonths(), this.translated.language(), List.of());
	}

}
