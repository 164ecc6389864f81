package org.servewell.hiring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.servewell.content.ContentReader;
import org.servewell.content.InterviewKitCheck;
import org.servewell.content.ContentSource;
import org.servewell.content.InterviewKitContent;
import org.servewell.hiring.domain.InterviewKitRepository;
import org.servewell.hiring.domain.InterviewKitVersion;
import org.servewell.hiring.domain.InterviewKitVersionRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Loading the interview kits and listing them, and HR copying a bundled kit and adjusting
 * the copy, against a real database. Each test rolls back, so the bundled kits stay the
 * only ones for the next. Subclasses choose the database.
 */
@SpringBootTest
@Transactional
@WithMockUser(roles = Roles.HR)
abstract class InterviewKitTests {

	private static final String FRONT_LINE = "front-line-service";

	private static final List<InterviewKitContent> BUNDLED = ContentReader.read(ContentSource.bundled())
		.interviewKits();

	@Autowired
	InterviewKitService service;

	@Autowired
	InterviewKitImport kitImport;

	@Autowired
	InterviewKitRepository kits;

	@Autowired
	InterviewKitVersionRepository versions;

	@Autowired
	PeopleService people;

	@Autowired
	CandidateService candidates;

	@Autowired
	PanelService panels;

	@Autowired
	InterviewService interviews;

	@Test
	void hr_sees_both_bundled_kits_with_their_traits_questions_and_answer_guides() {
		List<InterviewKitDetails> listed = this.service.listKits();

		assertThat(listed).extracting(InterviewKitDetails::code).containsExactly("front-line-service", "team-lead");
		for (int i = 0; i < listed.size(); i++) {
			InterviewKitContent content = BUNDLED.get(i);
			InterviewKitDetails kit = listed.get(i);
			assertThat(kit.versionNumber()).isEqualTo(1);
			assertThat(kit.title()).isEqualTo(content.title());
			assertThat(kit.forRole()).isEqualTo(content.forRole());
			assertThat(kit.passThreshold()).isEqualByComparingTo(BigDecimal.valueOf(content.passThreshold()));
			assertThat(kit.traits()).extracting(InterviewKitDetails.RatedTrait::traitCode)
				.containsExactlyElementsOf(content.traits().stream().map(InterviewKitContent.KitTrait::trait).toList());
			for (int t = 0; t < kit.traits().size(); t++) {
				InterviewKitContent.KitTrait expected = content.traits().get(t);
				assertThat(kit.traits().get(t).weight()).isEqualTo(expected.weight());
				assertThat(kit.traits().get(t).questions())
					.extracting((question) -> new InterviewKitContent.InterviewQuestion(question.kind(),
							question.text(), question.probes(), question.strongAnswer(), question.weakAnswer()))
					.containsExactlyElementsOf(expected.questions());
			}
		}
		assertThat(listed.get(0).traits()).filteredOn((trait) -> trait.traitCode().equals("respect"))
			.extracting(InterviewKitDetails.RatedTrait::traitName)
			.containsExactly("Respect");
	}

	@Test
	void loading_unchanged_kits_again_changes_nothing() {
		long before = this.versions.count();

		assertThat(this.kitImport.importKits(BUNDLED)).isEmpty();
		assertThat(this.versions.count()).isEqualTo(before);
	}

	@Test
	void changed_kit_becomes_a_new_version_and_the_old_one_stays() {
		InterviewKitContent kit = BUNDLED.get(0);
		InterviewKitContent.KitTrait first = kit.traits().get(0);
		List<InterviewKitContent.InterviewQuestion> questions = new ArrayList<>(first.questions());
		InterviewKitContent.InterviewQuestion question = questions.get(0);
		questions.set(0, new InterviewKitContent.InterviewQuestion(question.kind(), "Tell me about a hard day.",
				question.probes(), question.strongAnswer(), question.weakAnswer()));
		List<InterviewKitContent.KitTrait> traits = new ArrayList<>(kit.traits());
		traits.set(0, new InterviewKitContent.KitTrait(first.trait(), first.weight(), questions));
		InterviewKitContent changed = new InterviewKitContent(kit.id(), kit.title(), kit.forRole(), kit.passThreshold(),
				traits);

		assertThat(this.kitImport.importKits(List.of(changed))).containsExactly(kit.id() + " v2");

		List<InterviewKitVersion> all = this.versions
			.findByKitOrderByVersionNumberAsc(this.kits.findByCode(kit.id()).orElseThrow());
		assertThat(all).extracting(InterviewKitVersion::getVersionNumber).containsExactly(1, 2);
		assertThat(all.get(0).getTraits().get(0).getQuestions().get(0).getText()).isEqualTo(question.text());
		assertThat(this.service.listKits()).first().satisfies((listed) -> {
			assertThat(listed.versionNumber()).isEqualTo(2);
			assertThat(listed.traits().get(0).questions().get(0).text()).isEqualTo("Tell me about a hard day.");
		});
	}

	@Test
	@WithMockUser(roles = Roles.LEARNER)
	void learner_cannot_list_interview_kits() {
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.service.listKits());
	}

	@Test
	@WithMockUser(roles = { Roles.TRAINER, Roles.MANAGER })
	void trainers_and_managers_cannot_list_interview_kits() {
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.service.listKits());
	}

	@Test
	void hr_copies_a_bundled_kit_into_a_custom_kit_that_says_the_same() {
		String hr = person(Role.HR);
		InterviewKitDetails bundled = asHr(hr, () -> this.service.kit(FRONT_LINE));

		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));

		assertThat(copy.code()).matches("custom-front-line-service-role-[0-9a-f]{6}");
		assertThat(copy.origin()).isEqualTo(KitOrigin.CUSTOM);
		assertThat(copy.versionNumber()).isEqualTo(1);
		assertThat(copy.title()).isEqualTo("Copy of Front-line service role");
		assertThat(copy.forRole()).isEqualTo(bundled.forRole());
		assertThat(copy.passThreshold()).isEqualByComparingTo(bundled.passThreshold());
		assertThat(copy.traits()).isEqualTo(bundled.traits());
		assertThat(asHr(hr, this.service::listKits)).extracting(InterviewKitDetails::code, InterviewKitDetails::origin)
			.containsExactly(tuple(FRONT_LINE, KitOrigin.CONTENT), tuple("team-lead", KitOrigin.CONTENT),
					tuple(copy.code(), KitOrigin.CUSTOM));
		assertThat(this.kits.findByCode(copy.code()).orElseThrow().getCreatedBy()).isEqualTo(id(hr));
	}

	@Test
	void hr_adjusts_weights_threshold_and_questions_and_the_kit_becomes_version_2_with_version_1_kept() {
		String hr = person(Role.HR);
		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));
		KitForm form = KitForm.of(copy);
		List<KitForm.TraitForm> traits = new ArrayList<>(form.traits());
		KitForm.TraitForm respect = traits.remove(0);
		traits.add(new KitForm.TraitForm(respect.traitCode(), 1, respect.questions()));
		KitForm.TraitForm care = traits.get(0);
		List<KitForm.QuestionForm> questions = new ArrayList<>(care.questions());
		questions.add(new KitForm.QuestionForm(InterviewKitContent.QuestionKind.SITUATIONAL,
				"  What would you do if a guest cried at the desk?  ", List.of("And then?", " ", "Why?"),
				"Stops, listens, and asks what would help.", "Carries on with the check-in."));
		traits.set(0, new KitForm.TraitForm(care.traitCode(), 3, questions));

		InterviewKitDetails saved = asHr(hr, () -> this.service.saveKit(copy.code(), 1,
				new KitForm("Front desk", "Receptionist", new BigDecimal("3.75"), traits)));

		assertThat(saved.versionNumber()).isEqualTo(2);
		assertThat(saved.title()).isEqualTo("Front desk");
		assertThat(saved.passThreshold()).isEqualByComparingTo("3.75");
		assertThat(saved.traits())
			.extracting(InterviewKitDetails.RatedTrait::traitCode, InterviewKitDetails.RatedTrait::weight)
			.startsWith(tuple("care-for-people", 3))
			.endsWith(tuple("respect", 1));
		assertThat(saved.traits().get(0).questions()).last().satisfies((question) -> {
			assertThat(question.text()).isEqualTo("What would you do if a guest cried at the desk?");
			assertThat(question.probes()).containsExactly("And then?", "Why?");
		});
		assertThat(asHr(hr, () -> this.service.kit(copy.code()))).isEqualTo(saved);
		List<InterviewKitVersion> all = this.versions
			.findByKitOrderByVersionNumberAsc(this.kits.findByCode(copy.code()).orElseThrow());
		assertThat(all).extracting(InterviewKitVersion::getVersionNumber, InterviewKitVersion::getTitle)
			.containsExactly(tuple(1, copy.title()), tuple(2, "Front desk"));
		assertThat(all.get(1).getPublishedBy()).isEqualTo(id(hr));
	}

	@Test
	void saving_a_kit_unchanged_makes_no_new_version() {
		String hr = person(Role.HR);
		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));

		InterviewKitDetails saved = asHr(hr, () -> this.service.saveKit(copy.code(), 1, KitForm.of(copy)));

		assertThat(saved.versionNumber()).isEqualTo(1);
		assertThat(this.versions.findByKitOrderByVersionNumberAsc(this.kits.findByCode(copy.code()).orElseThrow()))
			.hasSize(1);
	}

	@Test
	void scorecard_begun_on_version_1_keeps_it_and_a_new_interviewer_gets_version_2() {
		String hr = person(Role.HR);
		String ann = person(Role.MANAGER);
		String bob = person(Role.MANAGER);
		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));
		long annsInterview = assign(hr, ann, copy.code());
		KitForm form = KitForm.of(copy);
		List<KitForm.TraitForm> traits = new ArrayList<>(form.traits());
		KitForm.TraitForm respect = traits.get(0);
		traits.set(0, new KitForm.TraitForm(respect.traitCode(), 1, respect.questions()));
		asHr(hr, () -> this.service.saveKit(copy.code(), 1,
				new KitForm(form.title(), form.forRole(), form.passThreshold(), traits)));

		long bobsInterview = assign(hr, bob, copy.code());

		assertThat(SignedIn.as(ann, () -> this.interviews.scorecard(annsInterview), Roles.MANAGER).traits()).first()
			.extracting(ScorecardView.Trait::code, ScorecardView.Trait::weight)
			.containsExactly("respect", 3);
		assertThat(SignedIn.as(bob, () -> this.interviews.scorecard(bobsInterview), Roles.MANAGER).traits()).first()
			.extracting(ScorecardView.Trait::code, ScorecardView.Trait::weight)
			.containsExactly("respect", 1);
	}

	@Test
	void kit_breaking_the_content_rules_is_refused_with_every_problem_and_nothing_is_saved() {
		String hr = person(Role.HR);
		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));
		KitForm form = KitForm.of(copy);
		List<KitForm.TraitForm> traits = new ArrayList<>(form.traits());
		traits.set(1, new KitForm.TraitForm(traits.get(1).traitCode(), 2, List.of()));
		long before = this.versions.count();

		assertThatExceptionOfType(InvalidKitException.class)
			.isThrownBy(() -> asHr(hr,
					() -> this.service.saveKit(copy.code(), 1,
							new KitForm(form.title(), form.forRole(), form.passThreshold(), traits))))
			.satisfies((ex) -> assertThat(ex.placed())
				.extracting(InterviewKitCheck.Problem::traitIndex, InterviewKitCheck.Problem::message)
				.containsExactly(tuple(1,
						"trait 'care-for-people' in interview kit '" + copy.code() + "' has 0 questions; ask 2 or 3")));
		assertThat(this.versions.count()).isEqualTo(before);
		assertThat(asHr(hr, () -> this.service.kit(copy.code())).versionNumber()).isEqualTo(1);
	}

	@Test
	void kit_with_a_blank_title_a_threshold_off_the_scale_or_a_question_left_empty_is_refused_field_by_field() {
		String hr = person(Role.HR);
		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));
		KitForm form = KitForm.of(copy);
		List<KitForm.TraitForm> traits = new ArrayList<>(form.traits());
		KitForm.QuestionForm asked = traits.get(0).questions().get(0);
		traits.set(0,
				new KitForm.TraitForm(traits.get(0).traitCode(), 4,
						List.of(new KitForm.QuestionForm(asked.kind(), " ", asked.probes(), asked.strongAnswer(), ""),
								traits.get(0).questions().get(1))));
		long before = this.versions.count();

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> asHr(hr,
					() -> this.service.saveKit(copy.code(), 1,
							new KitForm(" ", form.forRole(), new BigDecimal("5.5"), traits))))
			.satisfies((ex) -> assertThat(ex.getConstraintViolations()).extracting(ConstraintViolation::getMessage)
				.containsExactlyInAnyOrder("Enter the kit's title.", "Enter a pass threshold from 1.00 to 5.00.",
						"Give a weight from 1 to 3.", "Enter the question.", "Say what a weak answer sounds like."));
		assertThat(this.versions.count()).isEqualTo(before);
	}

	@Test
	void bundled_kit_cannot_be_edited_in_place_only_copied() {
		String hr = person(Role.HR);
		InterviewKitDetails bundled = asHr(hr, () -> this.service.kit(FRONT_LINE));
		KitForm form = KitForm.of(bundled);

		assertThatExceptionOfType(HiringRefusedException.class)
			.isThrownBy(() -> asHr(hr,
					() -> this.service.saveKit(FRONT_LINE, 1,
							new KitForm("Changed", form.forRole(), form.passThreshold(), form.traits()))))
			.withMessageContaining("copy the kit");
		assertThat(asHr(hr, () -> this.service.kit(FRONT_LINE))).isEqualTo(bundled);
	}

	@Test
	void hr_saving_over_a_version_someone_else_saved_meanwhile_is_told_to_reload_and_nothing_is_saved() {
		String hr = person(Role.HR);
		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));
		KitForm form = KitForm.of(copy);
		asHr(hr, () -> this.service.saveKit(copy.code(), 1,
				new KitForm("First edit", form.forRole(), form.passThreshold(), form.traits())));

		assertThatExceptionOfType(HiringStaleException.class)
			.isThrownBy(() -> asHr(hr,
					() -> this.service.saveKit(copy.code(), 1,
							new KitForm("Second edit", form.forRole(), form.passThreshold(), form.traits()))))
			.withMessageContaining("Someone saved version 2")
			.withMessageContaining("reload the kit");
		assertThat(asHr(hr, () -> this.service.kit(copy.code())).title()).isEqualTo("First edit");
	}

	@Test
	void hr_on_a_german_page_reads_why_a_bundled_kit_or_a_stale_copy_is_refused_in_german() {
		String hr = person(Role.HR);
		InterviewKitDetails bundled = asHr(hr, () -> this.service.kit(FRONT_LINE));
		KitForm form = KitForm.of(bundled);
		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));
		asHr(hr, () -> this.service.saveKit(copy.code(), 1,
				new KitForm("First edit", form.forRole(), form.passThreshold(), form.traits())));

		HiringRefusedException inPlace = catchThrowableOfType(HiringRefusedException.class,
				() -> asHr(hr, () -> this.service.saveKit(FRONT_LINE, 1,
						new KitForm("Changed", form.forRole(), form.passThreshold(), form.traits()))));
		HiringStaleException stale = catchThrowableOfType(HiringStaleException.class, () -> asHr(hr, () -> this.service
			.saveKit(copy.code(), 1, new KitForm("Second edit", form.forRole(), form.passThreshold(), form.traits()))));

		assertThat(inPlace.message(Locale.GERMAN)).isEqualTo(
				"Mitgelieferte Leitfäden ändern sich nur in den Schulungsinhalten: Kopieren Sie den Leitfaden und passen Sie die Kopie an.");
		assertThat(inPlace.getMessage())
			.isEqualTo("Bundled kits change only in the training content: copy the kit and adjust the copy.");
		assertThat(stale.message(Locale.GERMAN)).startsWith("Jemand hat Version 2 dieses Leitfadens gespeichert");
		assertThat(stale.message(Locale.ENGLISH)).startsWith("Someone saved version 2 of this kit");
	}

	@Test
	void retired_kit_is_given_to_no_new_interviewer() {
		String hr = person(Role.HR);
		String ann = person(Role.MANAGER);
		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));

		SignedIn.run(hr, () -> this.service.retireKit(copy.code()), Roles.HR);

		assertThat(asHr(hr, () -> this.service.kit(copy.code())).retired()).isTrue();
		assertThatExceptionOfType(HiringRefusedException.class).isThrownBy(() -> assign(hr, ann, copy.code()))
			.withMessageContaining("is retired");
	}

	@Test
	void content_import_never_touches_a_custom_kit() {
		String hr = person(Role.HR);
		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));
		InterviewKitVersion v1 = this.versions
			.findFirstByKitOrderByVersionNumberDesc(this.kits.findByCode(copy.code()).orElseThrow())
			.orElseThrow();
		InterviewKitContent clash = new InterviewKitContent(copy.code(), "From the content", "Anyone", 3.0,
				v1.content().traits());

		assertThat(this.kitImport.importKits(List.of(clash))).isEmpty();
		assertThat(asHr(hr, () -> this.service.kit(copy.code()))).isEqualTo(copy);
	}

	@Test
	void learners_trainers_and_managers_cannot_copy_or_edit_kits() {
		String hr = person(Role.HR);
		InterviewKitDetails copy = asHr(hr, () -> this.service.copyKit(FRONT_LINE));
		for (Role role : List.of(Role.LEARNER, Role.TRAINER, Role.MANAGER)) {
			String someone = person(role);
			assertThatExceptionOfType(AuthorizationDeniedException.class).as(role.name())
				.isThrownBy(() -> SignedIn.as(someone, () -> this.service.copyKit(FRONT_LINE), role.name()));
			assertThatExceptionOfType(AuthorizationDeniedException.class).as(role.name())
				.isThrownBy(() -> SignedIn.as(someone, () -> this.service.saveKit(copy.code(), 1, KitForm.of(copy)),
						role.name()));
			assertThatExceptionOfType(AuthorizationDeniedException.class).as(role.name())
				.isThrownBy(() -> SignedIn.run(someone, () -> this.service.retireKit(copy.code()), role.name()));
		}
	}

	/** Assigns a fresh interviewer, whose only interview this is, to a new candidate. */
	private long assign(String hr, String interviewer, String kit) {
		CandidateDetails candidate = asHr(hr, () -> this.candidates
			.createCandidate(new CandidateForm("Dana Reyes", "dana@example.org", "Reception", null, null, null)));
		SignedIn.run(hr, () -> this.panels.assignInterviewer(candidate.id(), id(interviewer), kit), Roles.HR);
		return SignedIn.as(interviewer, this.interviews::myInterviews, Roles.MANAGER)
			.stream()
			.findFirst()
			.orElseThrow()
			.interviewId();
	}

	private static <T> T asHr(String hr, Callable<T> action) {
		return SignedIn.as(hr, action, Roles.HR);
	}

	private long id(String email) {
		return TestPeople.id(this.people, email);
	}

	private String person(Role role) {
		return TestPeople.create(this.people, role);
	}

}
