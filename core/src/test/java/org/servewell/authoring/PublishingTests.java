package org.servewell.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;
import org.servewell.catalog.VersionSummary;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A trainer publishing and retiring a course's versions, on the embedded database and on
 * a MySQL-protocol server. Each test works on a course of its own, so tests can run in
 * any order against one database.
 */
abstract class PublishingTests extends StudioTests {

	@Autowired
	CourseTransferService transfer;

	@Autowired
	GiftTransferService giftTransfer;

	@Autowired
	AttemptService attempts;

	@Autowired
	AuditTrail audit;

	@Test
	void publishing_makes_the_next_version_for_new_attempts_while_an_attempt_in_progress_keeps_its_own() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		String early = person("Early Learner", Role.LEARNER);
		AttemptView started = SignedIn.as(early, () -> this.attempts.startOrResume(code), Roles.LEARNER);
		DraftView draft = SignedIn.as(trainer, () -> this.drafts.startDraft(code), Roles.TRAINER);
		List<DraftView.Scenario> renamed = new ArrayList<>();
		for (DraftView.Scenario scenario : draft.scenarios()) {
			renamed.add(SignedIn
				.as(trainer, () -> this.drafts.saveScenario(code, retitled(scenario, scenario.title() + " (v2)")),
						Roles.TRAINER)
				.scenarios()
				.stream()
				.filter((s) -> s.id() == scenario.id())
				.findFirst()
				.orElseThrow());
		}

		VersionSummary published = SignedIn.as(trainer,
				() -> this.publishing.publish(code, "Sharper titles for every scenario."), Roles.TRAINER);

		assertThat(published.number()).isEqualTo(2);
		assertThat(published.fromStudio()).isTrue();
		assertThat(published.changeNote()).isEqualTo("Sharper titles for every scenario.");
		assertThat(published.publishedBy()).isEqualTo("Tess Trainer");
		AttemptView resumed = SignedIn.as(early, () -> this.attempts.startOrResume(code), Roles.LEARNER);
		assertThat(resumed.attemptId()).isEqualTo(started.attemptId());
		assertThat(resumed.questions()).extracting(AttemptView.Question::title).noneMatch((t) -> t.endsWith("(v2)"));
		String late = person("Late Learner", Role.LEARNER);
		AttemptView fresh = SignedIn.as(late, () -> this.attempts.startOrResume(code), Roles.LEARNER);
		assertThat(fresh.questions()).extracting(AttemptView.Question::title).allMatch((t) -> t.endsWith("(v2)"));
		assertThatExceptionOfType(AuthoringNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(trainer, () -> this.drafts.draft(code), Roles.TRAINER));
		assertThat(renamed).hasSize(draft.scenarios().size());
	}

	@Test
	void retired_version_gets_no_new_attempts_but_the_one_before_it_does() {
		String trainer = person("Tess Trainer", Role.TRAINER);
		String code = newCourse(trainer);
		SignedIn.run(trainer, () -> {
			DraftView draft = this.drafts.startDraft(code);
			this.drafts.saveScenario(code, retitled(draft.scenarios().get(0), "Retitled in v2"));
			this.publishing.publish(code, "Version two.");
		}, Roles.TRAINER);

		VersionSummary retired = SignedIn.as(trainer, () -> this.publishing.retire(code, 2), Roles.TRAINER);

		assertThat(retired.retired()).isTrue();
		assertThat(retired.retiredBy()).isEqualTo("Tess Trainer");
		String learner = person("New Learner", Role.LEARNER);
		AttemptView attempt = SignedIn.as(learner, () -> this.attempts.startOrResume(code), Roles.LEARNER);
		assertThat(attempt.questions()).extracting(AttemptView.Question::title).doesNotContain("Retitled in v2");
	}

	@Test
	void only_trainers_and_administrators_author() {
		String learner = person("Lee Learner", Role.LEARNER);
		String hr = person("Hana HR", Role.HR);
		String manager = person("Max Manager", Role.MANAGER);
		for (String[] who : List.of(new String[] { learner, Roles.LEARNER }, new String[] { hr, Roles.HR },
				new String[] { manager, Roles.MANAGER })) {
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], this.publishing::courses, who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.drafts.startDraft(BUNDLED), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.publishing.publish(BUNDLED, "x"), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.publishing.retire(BUNDLED, 1), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.transfer.exportCourse(BUNDLED), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.giftTransfer.exportGift(BUNDLED), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.audit.recent(null, 10), who[1]));
		}
		assertThat(SignedIn.as(TestPeople.ADMIN, this.publishing::courses, Roles.ADMIN)).isNotEmpty();
	}

	@Test
	void audit_trail_shows_who_created_changed_published_and_retired_the_course() {
		String trainer = person("Audra Author", Role.TRAINER);
		String code = newCourse(trainer);
		SignedIn.run(trainer, () -> {
			DraftView draft = this.drafts.startDraft(code);
			this.drafts.saveScenario(code, retitled(draft.scenarios().get(0), "Changed"));
			this.publishing.publish(code, "Second version.");
			this.publishing.retire(code, 1);
		}, Roles.TRAINER);

		List<AuditEntry> trail = SignedIn.as(TestPeople.ADMIN,
				() -> this.audit.recent(new CourseAuditSubject(code).text(), 50), Roles.ADMIN);

		assertThat(trail).extracting(AuditEntry::action)
			.containsSubsequence("RETIRED", "PUBLISHED", "SCENARIO_CHANGED", "DRAFT_STARTED", "PUBLISHED",
					"COURSE_CREATED");
		assertThat(trail).allSatisfy((entry) -> assertThat(entry.actor()).startsWith("Audra Author <"));
		assertThat(trail.get(1).detail()).contains("version 2").contains("Second version.");
		assertThat(trail).extracting((entry) -> CourseAuditSubject.parse(entry.subject()))
			.containsOnly(Optional.of(new CourseAuditSubject(code)));
	}

	private String newCourse(String trainer) {
		return publishedCopyOfBundled(trainer, "studio");
	}

}
