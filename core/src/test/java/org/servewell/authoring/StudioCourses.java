package org.servewell.authoring;

import java.util.UUID;

import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import static org.assertj.core.api.Assertions.assertThat;

/** Courses a test writes in the studio, as a trainer would. */
final class StudioCourses {

	/** The bundled course whose text the studio courses copy. */
	static final String BUNDLED = "first-time-every-time";

	private StudioCourses() {
	}

	/**
	 * A new course written in the studio from a bundled course's text (lessons and
	 * scenarios under new ids) and published as version 1; its code starts with
	 * {@code prefix}.
	 */
	static String publishedCopyOfBundled(AuthoringService authoring, String trainer, String prefix) {
		String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		SignedIn.run(trainer, () -> {
			DraftView bundled = authoring.startDraft(BUNDLED);
			authoring.discardDraft(BUNDLED);
			DraftView created = authoring.startNewCourse(code, "Studio course " + code);
			DraftView.Details details = bundled.details();
			authoring.saveDetails(code,
					new DraftView.Details("Studio course " + code, details.summary(), details.audience(),
							details.estimatedMinutes(), details.scenariosPerAttempt(), details.passMark(),
							details.attemptsAllowed(), details.shuffleOptions(), 0, created.details().version()));
			for (DraftView.Lesson lesson : bundled.lessons()) {
				authoring.saveLesson(code, new DraftView.Lesson(0, lesson.key(), lesson.title(), lesson.markdown(),
						lesson.sources(), 0, null, null));
			}
			for (DraftView.Scenario scenario : bundled.scenarios()) {
				authoring.saveScenario(code,
						new DraftView.Scenario(0, code + "-" + scenario.key(), scenario.title(), scenario.situation(),
								scenario.prompt(), scenario.traits(), scenario.source(), scenario.options(), 0, null,
								null));
			}
			assertThat(authoring.draft(code).problems()).isEmpty();
			authoring.publish(code, "First version.");
		}, Roles.TRAINER);
		return code;
	}

}
