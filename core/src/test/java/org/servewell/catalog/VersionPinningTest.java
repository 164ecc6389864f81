package org.servewell.catalog;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.content.ContentBundle;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.ScenarioContent;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner mid-attempt keeps the course version they started, while a new attempt uses
 * the newly published one.
 */
// Its own database: the course it publishes must not show up in other tests' catalogue.
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:servewell-pinning;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
		+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class VersionPinningTest {

	private static final String ADMIN = "first-admin@test.servewell.org";

	@Autowired
	ContentImport contentImport;

	@Autowired
	AttemptService attempts;

	@Autowired
	PeopleService people;

	@Test
	void attempt_in_progress_keeps_its_version_when_a_new_one_is_published_and_a_new_attempt_gets_the_new_one() {
		String code = "pinning-" + UUID.randomUUID().toString().substring(0, 8);
		this.contentImport.importBundle(bundle(code, ""));
		String early = learner();
		AttemptView started = SignedIn.as(early, () -> this.attempts.startOrResume(code), Roles.LEARNER);

		this.contentImport.importBundle(bundle(code, " (revised)"));
		String late = learner();
		AttemptView fresh = SignedIn.as(late, () -> this.attempts.startOrResume(code), Roles.LEARNER);
		AttemptView resumed = SignedIn.as(early, () -> this.attempts.startOrResume(code), Roles.LEARNER);

		assertThat(resumed.attemptId()).isEqualTo(started.attemptId());
		assertThat(resumed.questions()).extracting(AttemptView.Question::title)
			.noneMatch((t) -> t.endsWith("(revised)"));
		assertThat(fresh.questions()).extracting(AttemptView.Question::title).allMatch((t) -> t.endsWith("(revised)"));
		AttemptView.Question first = resumed.questions().get(0);
		SignedIn.run(early,
				() -> this.attempts.saveAnswer(resumed.attemptId(), first.itemId(), first.choices().get(0).optionId()),
				Roles.LEARNER);
		AttemptResult result = SignedIn.as(early, () -> this.attempts.submit(resumed.attemptId()), Roles.LEARNER);
		assertThat(result.questions()).extracting(AttemptResult.QuestionFeedback::title)
			.noneMatch((t) -> t.endsWith("(revised)"));
	}

	private static ContentBundle bundle(String code, String titleSuffix) {
		CourseContent bundled = ContentReader.read(ContentSource.bundled()).courses().get(0);
		List<ScenarioContent> scenarios = bundled.scenarios()
			.stream()
			.map((s) -> new ScenarioContent(s.id(), s.title() + titleSuffix, s.situation(), s.prompt(), s.traits(),
					s.source(), s.options()))
			.toList();
		CourseContent course = new CourseContent(code, bundled.title(), bundled.summary(), bundled.audience(),
				bundled.lessons(), "hash" + titleSuffix.hashCode(), bundled.quiz(), scenarios, 0);
		return new ContentBundle(List.of(course), List.of(), List.of(), List.of(), List.of());
	}

	private String learner() {
		String email = "pin-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";
		SignedIn.run(ADMIN,
				() -> this.people.createPerson(
						new PersonForm(email, "Pin Learner", Set.of(Role.LEARNER), null, null, null, null, true, null),
						"a long test password"),
				Roles.ADMIN);
		return email;
	}

}
