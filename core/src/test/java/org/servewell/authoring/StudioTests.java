package org.servewell.authoring;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.servewell.content.OptionContent;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the studio's service tests share: the services a trainer uses, and courses and
 * people made as a trainer and an administrator would.
 */
abstract class StudioTests {

	/** The bundled course whose text the studio courses copy. */
	static final String BUNDLED = "first-time-every-time";

	@Autowired
	DraftService drafts;

	@Autowired
	PublishingService publishing;

	@Autowired
	PeopleService people;

	/**
	 * A new course written in the studio from a bundled course's text (lessons and
	 * scenarios under new ids) and published as version 1; its code starts with
	 * {@code prefix}.
	 */
	String publishedCopyOfBundled(String trainer, String prefix) {
		DraftService drafts = this.drafts;
		String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
		SignedIn.run(trainer, () -> {
			DraftView bundled = drafts.startDraft(BUNDLED);
			drafts.discardDraft(BUNDLED);
			DraftView created = drafts.startNewCourse(code, "Studio course " + code);
			DraftView.Details details = bundled.details();
			drafts.saveDetails(code, new DraftView.Details("Studio course " + code, details.summary(),
					details.audience(), details.quiz(), 0, created.details().version()));
			for (DraftView.Lesson lesson : bundled.lessons()) {
				drafts.saveLesson(code, new DraftView.Lesson(0, lesson.key(), lesson.title(), lesson.markdown(),
						lesson.sources(), 0, null, null));
			}
			for (DraftView.Scenario scenario : bundled.scenarios()) {
				drafts.saveScenario(code,
						new DraftView.Scenario(0, code + "-" + scenario.key(), scenario.title(), scenario.situation(),
								scenario.prompt(), scenario.traits(), scenario.source(), scenario.options(), 0, null,
								null));
			}
			assertThat(drafts.draft(code).problems()).isEmpty();
			this.publishing.publish(code, "First version.");
		}, Roles.TRAINER);
		return code;
	}

	/** A new person with a name, whose changes the studio shows by that name. */
	String person(String name, Role role) {
		String email = name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 8)
				+ "@test.servewell.org";
		SignedIn.run(TestPeople.ADMIN,
				() -> this.people.createPerson(
						new PersonForm(email, name, Set.of(role), null, null, null, null, true, null),
						"a long test password"),
				Roles.ADMIN);
		return email;
	}

	/** The scenario with another title, as an editor would save it. */
	static DraftView.Scenario retitled(DraftView.Scenario scenario, String title) {
		return new DraftView.Scenario(scenario.id(), scenario.key(), title, scenario.situation(), scenario.prompt(),
				scenario.traits(), scenario.source(), scenario.options(), scenario.version(), scenario.updatedAt(),
				scenario.updatedBy());
	}

	/** The scenario with other options, as an editor would save it. */
	static DraftView.Scenario withOptions(DraftView.Scenario scenario, List<OptionContent> options) {
		return new DraftView.Scenario(scenario.id(), scenario.key(), scenario.title(), scenario.situation(),
				scenario.prompt(), scenario.traits(), scenario.source(), options, scenario.version(),
				scenario.updatedAt(), scenario.updatedBy());
	}

}
