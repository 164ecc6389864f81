package org.servewell.hiring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.HiringCourseService;
import org.servewell.learning.HiringCourses;
import org.servewell.learning.LearnerCourse;
import org.servewell.learning.LearnerPath;
import org.servewell.learning.LearnerService;
import org.servewell.learning.MyLearning;
import org.servewell.learning.RuleForm;
import org.servewell.people.InvalidPersonException;
import org.servewell.people.PasswordLinks;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * HR screening against a real database: candidates, interviewers, scorecards that stay
 * private until submitted, the panel's picture and the decision. Every test makes its own
 * people and candidates and commits, as the application does. Subclasses choose the
 * database.
 */
@SpringBootTest
abstract class ScreeningTests {

	static final String ADMIN = ScreeningFixture.ADMIN;

	static final String KIT = ScreeningFixture.KIT;

	static final String PATH = "front-line-onboarding";

	/** The front-line kit's traits, in its order; weights 3, 2, 2, 2, 1, 1. */
	static final List<String> TRAITS = ScreeningFixture.KIT_TRAITS;

	@Autowired
	PeopleService people;

	@Autowired
	CandidateService candidates;

	@Autowired
	PanelService panels;

	@Autowired
	ScreeningReportService reports;

	@Autowired
	HiringDecisionService hiring;

	@Autowired
	InterviewService interviews;

	@Autowired
	AssignmentService assignments;

	@Autowired
	LearnerService learner;

	@Autowired
	HiringCourseService hiringCourses;

	@Autowired
	PasswordLinks passwordLinks;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService accounts;

	@Autowired
	org.springframework.security.crypto.password.PasswordEncoder passwordEncoder;

	@Test
	void hr_adds_a_candidate_and_finds_them_by_position_and_status() {
		String hr = person(Role.HR);
		String position = "Reception " + UUID.randomUUID();
		CandidateDetails created = SignedIn.as(hr,
				() -> this.candidates.createCandidate(new CandidateForm("  Dana Reyes ", "dana@example.org", position,
						"Referral", "Met at the job fair", LocalDate.of(2026, 11, 30))),
				Roles.HR);

		assertThat(created.fullName()).isEqualTo("Dana Reyes");
		assertThat(created.status()).isEqualTo(CandidateStatus.NEW);
		assertThat(SignedIn.as(hr, () -> this.candidates.listCandidates(position, null), Roles.HR))
			.extracting(CandidateSummary::fullName)
			.containsExactly("Dana Reyes");
		assertThat(
				SignedIn.as(hr, () -> this.candidates.listCandidates(position, CandidateStatus.INTERVIEWING), Roles.HR))
			.isEmpty();
		assertThat(SignedIn.as(hr, this.candidates::positions, Roles.HR)).contains(position);
	}

	@Test
	void candidate_without_a_name_or_with_a_bad_email_is_refused_with_the_reason() {
		String hr = person(Role.HR);

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> SignedIn.as(hr,
					() -> this.candidates
						.createCandidate(new CandidateForm(" ", "not an email", "Reception", null, null, null)),
					Roles.HR))
			.satisfies(
					(ex) -> assertThat(ex.getConstraintViolations()).extracting((violation) -> violation.getMessage())
						.containsExactlyInAnyOrder("Enter the candidate's name.",
								"Enter an email address such as name@example.org."));
	}

	@Test
	void hr_editing_a_stale_copy_is_told_to_open_it_again_and_the_newer_edit_is_kept() {
		String hr = person(Role.HR);
		CandidateDetails created = candidate(hr, "Reception");
		SignedIn.run(hr,
				() -> this.candidates.updateCandidate(created.id(), created.version(),
						new CandidateForm("Dana Reyes", null, "Reception", null, "Second interview wanted", null)),
				Roles.HR);

		assertThatExceptionOfType(HiringStaleException.class)
			.isThrownBy(() -> SignedIn.run(hr,
					() -> this.candidates.updateCandidate(created.id(), created.version(),
							new CandidateForm("Dana R.", null, "Reception", null, null, null)),
					Roles.HR))
			.withMessageContaining("Someone else changed this candidate");
		assertThat(SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR).details().notes())
			.isEqualTo("Second interview wanted");
	}

	@Test
	void only_hr_lists_and_opens_candidates() {
		String hr = person(Role.HR);
		CandidateDetails created = candidate(hr, "Reception");
		for (String role : List.of(Roles.LEARNER, Roles.TRAINER, Roles.MANAGER, Roles.ADMIN)) {
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(ADMIN, () -> this.candidates.listCandidates(null, null), role));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(ADMIN, () -> this.reports.candidate(created.id()), role));
			assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(
					() -> SignedIn.as(ADMIN,
							() -> this.candidates
								.createCandidate(new CandidateForm("Someone", null, "Reception", null, null, null)),
							role));
		}
	}

	@Test
	void interviewers_see_their_own_interviews_and_no_one_elses_scorecard() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		String bob = person(Role.MANAGER);
		String cat = person(Role.TRAINER);
		CandidateDetails created = candidate(hr, "Reception");
		assign(hr, created.id(), ann, KIT);
		assign(hr, created.id(), bob, null);

		List<MyInterview> annsInterviews = SignedIn.as(ann, this.interviews::myInterviews, Roles.LEARNER);
		assertThat(annsInterviews).singleElement().satisfies((mine) -> {
			assertThat(mine.candidateName()).isEqualTo("Dana Reyes");
			assertThat(mine.kitTitle()).isEqualTo("Front-line service role");
			assertThat(mine.submitted()).isFalse();
		});
		long bobsInterview = SignedIn.as(bob, this.interviews::myInterviews, Roles.MANAGER).get(0).interviewId();
		assertThat(SignedIn.as(cat, this.interviews::myInterviews, Roles.TRAINER)).isEmpty();
		assertThat(SignedIn.as(cat, this.interviews::hasInterviews, Roles.TRAINER)).isFalse();
		assertThat(SignedIn.as(ann, this.interviews::hasInterviews, Roles.LEARNER)).isTrue();

		assertThatExceptionOfType(HiringNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(ann, () -> this.interviews.scorecard(bobsInterview), Roles.LEARNER));
		assertThatExceptionOfType(HiringNotFoundException.class).isThrownBy(() -> SignedIn.run(cat,
				() -> this.interviews.saveDraft(bobsInterview, rated(1, 1, 1, 1, 1, 1, 1, 1, Recommendation.NO)),
				Roles.TRAINER));
		assertThatExceptionOfType(HiringNotFoundException.class).isThrownBy(() -> SignedIn.run(ann,
				() -> this.interviews.submit(bobsInterview, rated(1, 1, 1, 1, 1, 1, 1, 1, Recommendation.NO)),
				Roles.LEARNER));
		assertThat(SignedIn.as(bob, () -> this.interviews.scorecard(bobsInterview), Roles.MANAGER).recommendation())
			.isNull();
	}

	@Test
	void interviewer_sees_the_panels_ratings_only_after_submitting_their_own() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		String bob = person(Role.MANAGER);
		CandidateDetails created = candidate(hr, "Reception");
		long annsInterview = assign(hr, created.id(), ann, KIT);
		long bobsInterview = assign(hr, created.id(), bob, KIT);
		SignedIn.run(bob,
				() -> this.interviews.submit(bobsInterview, rated(4, 4, 3, 4, 3, 5, 4, 4, Recommendation.YES)),
				Roles.MANAGER);

		ScorecardView before = SignedIn.as(ann, () -> this.interviews.scorecard(annsInterview), Roles.LEARNER);
		assertThat(before.panel()).isNull();
		assertThat(before.toString()).doesNotContain("Bob evidence");

		SignedIn.run(ann, () -> this.interviews.submit(annsInterview, rated(5, 4, 4, 2, 3, 4, 4, 4, Recommendation.NO)),
				Roles.LEARNER);
		ScorecardView after = SignedIn.as(ann, () -> this.interviews.scorecard(annsInterview), Roles.LEARNER);
		assertThat(after.panel().traits().get(0).ratings()).extracting(CandidatePicture.PanelRating::rating)
			.containsExactly(5, 4);
		assertThat(after.panel().traits().get(0).ratings().get(1).evidence()).isEqualTo("Evidence for respect");
	}

	@Test
	void draft_is_kept_as_typed_and_a_submitted_scorecard_is_locked() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		long interview = assign(hr, candidate(hr, "Reception").id(), ann, KIT);
		ScorecardForm partial = new ScorecardForm(
				List.of(new ScorecardForm.Entry("respect", 4, "Listened to the whole complaint first")), null, "");

		SignedIn.run(ann, () -> this.interviews.saveDraft(interview, partial), Roles.LEARNER);
		ScorecardView draft = SignedIn.as(ann, () -> this.interviews.scorecard(interview), Roles.LEARNER);
		assertThat(draft.submitted()).isFalse();
		assertThat(draft.traits().get(0).rating()).isEqualTo(4);
		assertThat(draft.traits().get(0).evidence()).isEqualTo("Listened to the whole complaint first");
		assertThat(draft.traits().get(0).anchors()).hasSize(5);
		assertThat(draft.traits().get(0).questions()).isNotEmpty();
		assertThat(draft.traits().get(1).rating()).isNull();

		assertThatExceptionOfType(HiringRefusedException.class)
			.isThrownBy(() -> SignedIn.run(ann, () -> this.interviews.submit(interview, partial), Roles.LEARNER))
			.satisfies((ex) -> assertThat(ex.problems()).contains("Rate Care for people.",
					"Choose an overall recommendation."));

		SignedIn.run(ann, () -> this.interviews.submit(interview, rated(4, 4, 4, 4, 4, 4, 4, 4, Recommendation.YES)),
				Roles.LEARNER);
		assertThatExceptionOfType(HiringStaleException.class)
			.isThrownBy(() -> SignedIn.run(ann,
					() -> this.interviews.submit(interview, rated(1, 1, 1, 1, 1, 1, 1, 1, Recommendation.STRONG_NO)),
					Roles.LEARNER))
			.withMessageContaining("submitted meanwhile")
			.withMessageContaining("Reload the page");
		assertThatExceptionOfType(HiringStaleException.class).isThrownBy(() -> SignedIn.run(ann,
				() -> this.interviews.saveDraft(interview, rated(1, 1, 1, 1, 1, 1, 1, 1, null)), Roles.LEARNER));
		ScorecardView submitted = SignedIn.as(ann, () -> this.interviews.scorecard(interview), Roles.LEARNER);
		assertThat(submitted.recommendation()).isEqualTo(Recommendation.YES);
		assertThat(submitted.traits()).extracting(ScorecardView.Trait::rating).containsOnly(4);
	}

	@Test
	void rating_off_the_scale_or_an_overlong_note_is_refused_at_its_field_and_nothing_is_kept() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		long interview = assign(hr, candidate(hr, "Reception").id(), ann, KIT);
		ScorecardForm wrong = new ScorecardForm(List.of(new ScorecardForm.Entry("respect", 6, "x".repeat(4001))), null,
				"y".repeat(4001));

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> SignedIn.run(ann, () -> this.interviews.saveDraft(interview, wrong), Roles.LEARNER))
			.satisfies((ex) -> assertThat(ex.getConstraintViolations())
				.extracting((violation) -> violation.getPropertyPath().toString(),
						(violation) -> violation.getMessage())
				.containsExactlyInAnyOrder(tuple("saveDraft.form.entries[0].rating", "Rate from 1 to 5."),
						tuple("saveDraft.form.entries[0].evidence", "The evidence has more than 4000 characters."),
						tuple("saveDraft.form.overallNote", "The overall note has more than 4000 characters.")));
		assertThat(SignedIn.as(ann, () -> this.interviews.scorecard(interview), Roles.LEARNER).untouched()).isTrue();
	}

	@Test
	void amendment_is_kept_beside_the_original_with_its_reason_and_counts_from_then_on() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		CandidateDetails created = candidate(hr, "Reception");
		long interview = assign(hr, created.id(), ann, KIT);
		SignedIn.run(ann, () -> this.interviews.submit(interview, rated(2, 2, 2, 2, 2, 2, 2, 2, Recommendation.NO)),
				Roles.LEARNER);

		assertThatExceptionOfType(HiringRefusedException.class)
			.isThrownBy(() -> SignedIn.run(ann,
					() -> this.interviews.amend(interview, rated(3, 2, 2, 2, 2, 2, 2, 2, Recommendation.NO), " "),
					Roles.LEARNER))
			.satisfies((ex) -> assertThat(ex.problems()).containsExactly("Say why you amend the scorecard."));
		SignedIn.run(ann, () -> this.interviews.amend(interview, rated(3, 2, 2, 2, 2, 2, 2, 2, Recommendation.YES),
				"Rated respect against the wrong anchor"), Roles.LEARNER);

		ScorecardView view = SignedIn.as(ann, () -> this.interviews.scorecard(interview), Roles.LEARNER);
		assertThat(view.traits().get(0).rating()).isEqualTo(2);
		assertThat(view.amendments()).singleElement().satisfies((amendment) -> {
			assertThat(amendment.reason()).isEqualTo("Rated respect against the wrong anchor");
			assertThat(amendment.form().entries().get(0).rating()).isEqualTo(3);
		});
		CandidatePage page = SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR);
		assertThat(page.picture().traits().get(0).mean()).isEqualTo(3.0);
		assertThat(page.interviews()).singleElement().satisfies((summary) -> {
			assertThat(summary.amendments()).isEqualTo(1);
			assertThat(summary.recommendation()).isEqualTo(Recommendation.YES);
		});
	}

	@Test
	void hr_sees_each_traits_ratings_mean_spread_disagreements_and_the_weighted_score() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		String bob = person(Role.MANAGER);
		String cat = person(Role.TRAINER);
		CandidateDetails created = candidate(hr, "Reception");
		long annsInterview = assign(hr, created.id(), ann, KIT);
		long bobsInterview = assign(hr, created.id(), bob, KIT);
		assign(hr, created.id(), cat, KIT);
		SignedIn.run(ann,
				() -> this.interviews.submit(annsInterview, rated(5, 4, 4, 2, 3, 4, 4, 4, Recommendation.YES)),
				Roles.LEARNER);
		SignedIn.run(bob,
				() -> this.interviews.submit(bobsInterview, rated(4, 4, 3, 4, 3, 5, 4, 4, Recommendation.STRONG_YES)),
				Roles.MANAGER);
		// Cat's draft does not count.
		SignedIn.run(cat,
				() -> this.interviews.saveDraft(
						SignedIn.as(cat, this.interviews::myInterviews, Roles.TRAINER).get(0).interviewId(),
						rated(1, 1, 1, 1, 1, 1, 1, 1, Recommendation.STRONG_NO)),
				Roles.TRAINER);

		CandidatePicture picture = SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR).picture();

		assertThat(picture.traits()).extracting(CandidatePicture.TraitPicture::traitCode)
			.containsExactlyElementsOf(TRAITS);
		assertThat(picture.traits()).extracting(CandidatePicture.TraitPicture::mean)
			.containsExactly(4.5, 4.0, 3.5, 3.0, 3.0, 4.5, 4.0, 4.0);
		assertThat(picture.traits()).extracting(CandidatePicture.TraitPicture::spread)
			.containsExactly(1, 0, 1, 2, 0, 1, 0, 0);
		assertThat(picture.disagreements()).extracting(CandidatePicture.TraitPicture::traitName)
			.containsExactly("Judgement within the rules");
		// (3 x 4.5 + 2 x 4.0 + 2 x 3.5 + 2 x 3.0 + 1 x 3.0 + 1 x 4.5 + 2 x 4.0 + 1 x 4.0)
		// / 14 = 54 / 14
		assertThat(picture.weightedScore()).isCloseTo(54.0 / 14, within(1e-9));
		assertThat(picture.meetsThreshold()).isTrue();
		assertThat(picture.recommendations()).extracting(CandidatePicture.PanelRecommendation::recommendation)
			.containsExactly(Recommendation.YES, Recommendation.STRONG_YES);
		assertThat(picture.interviewers()).isEqualTo(3);
	}

	@Test
	void hr_compares_the_candidates_for_a_position_best_weighted_score_first() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		String position = "Front desk " + UUID.randomUUID();
		CandidateDetails weaker = candidate(hr, position);
		CandidateDetails stronger = candidate(hr, position);
		CandidateDetails unrated = candidate(hr, position);
		long first = assign(hr, weaker.id(), ann, KIT);
		SignedIn.run(ann, () -> this.interviews.submit(first, rated(3, 3, 3, 1, 3, 3, 3, 3, Recommendation.NO)),
				Roles.LEARNER);
		long second = assign(hr, stronger.id(), ann, KIT);
		SignedIn.run(ann, () -> this.interviews.submit(second, rated(5, 4, 4, 4, 4, 4, 4, 4, Recommendation.YES)),
				Roles.LEARNER);

		PositionComparison comparison = SignedIn.as(hr, () -> this.reports.compare(position), Roles.HR);

		assertThat(comparison.traits()).extracting(PositionComparison.TraitColumn::code)
			.containsExactlyElementsOf(TRAITS);
		assertThat(comparison.rows()).extracting(PositionComparison.Row::candidateId)
			.containsExactly(stronger.id(), weaker.id(), unrated.id());
		PositionComparison.Row best = comparison.rows().get(0);
		// (3 x 5 + 2 x 4 + 2 x 4 + 2 x 4 + 4 + 4 + 2 x 4 + 4) / 14 = 59 / 14
		assertThat(best.weightedScore()).isCloseTo(59.0 / 14, within(1e-9));
		assertThat(best.meetsThreshold()).isTrue();
		assertThat(best.inFavour()).isEqualTo(1);
		assertThat(best.traitMeans()).containsEntry("respect", 5.0);
		assertThat(comparison.rows().get(1).meetsThreshold()).isFalse();
		assertThat(comparison.rows().get(2).weightedScore()).isNull();
		assertThat(comparison.rows().get(2).submitted()).isZero();
	}

	@Test
	void agreement_shows_an_interviewer_who_rates_above_the_panel_as_lenient() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		String bob = person(Role.LEARNER);
		for (int round = 0; round < 2; round++) {
			CandidateDetails created = candidate(hr, "Reception");
			long annsInterview = assign(hr, created.id(), ann, KIT);
			long bobsInterview = assign(hr, created.id(), bob, KIT);
			int base = 2 + round;
			SignedIn.run(ann, () -> this.interviews.submit(annsInterview, rated(base + 1, base + 1, base + 1, base + 1,
					base + 1, base + 1, base + 1, base + 1, Recommendation.YES)), Roles.LEARNER);
			SignedIn
				.run(bob,
						() -> this.interviews.submit(bobsInterview,
								rated(base, base, base, base, base, base, base, base, Recommendation.NO)),
						Roles.LEARNER);
		}

		PanelAgreement agreement = SignedIn.as(hr, this.reports::agreement, Roles.HR);

		long annId = id(ann);
		long bobId = id(bob);
		assertThat(agreement.report().interviewers()).filteredOn((leniency) -> leniency.interviewerId() == annId)
			.singleElement()
			.satisfies((leniency) -> {
				assertThat(leniency.meanDifference()).isEqualTo(1.0);
				assertThat(leniency.ratingsCompared()).isEqualTo(16);
			});
		assertThat(agreement.report().interviewers()).filteredOn((leniency) -> leniency.interviewerId() == bobId)
			.singleElement()
			.satisfies((leniency) -> assertThat(leniency.meanDifference()).isEqualTo(-1.0));
		assertThat(agreement.nameOf(annId)).startsWith("Person ");
		assertThat(agreement.report().traits()).extracting(AgreementReport.TraitAgreement::traitCode)
			.containsAll(TRAITS);
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> SignedIn.as(ann, this.reports::agreement, Roles.MANAGER));
	}

	@Test
	void front_line_hire_gets_no_team_lead_course_and_hears_that_their_path_trains_their_weak_traits() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		String bob = person(Role.LEARNER);
		String jobRole = "Receptionist " + UUID.randomUUID().toString().substring(0, 8);
		SignedIn.run(hr, () -> this.assignments.createRule(new RuleForm(null, jobRole, PATH, null, 0)), Roles.HR);
		CandidateDetails created = candidate(hr, "Reception");
		long annsInterview = assign(hr, created.id(), ann, KIT);
		long bobsInterview = assign(hr, created.id(), bob, KIT);
		// Weakest: judgement within the rules (2), then consistency (3).
		SignedIn.run(ann,
				() -> this.interviews.submit(annsInterview, rated(4, 4, 4, 2, 3, 4, 4, 4, Recommendation.YES)),
				Roles.LEARNER);
		SignedIn.run(bob,
				() -> this.interviews.submit(bobsInterview, rated(5, 4, 4, 2, 3, 5, 4, 4, Recommendation.YES)),
				Roles.LEARNER);
		String email = "hired-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";

		HireResult hired = SignedIn.as(hr,
				() -> this.hiring.hire(created.id(),
						new HireForm("Dana Reyes", email, "Front desk", jobRole, LocalDate.of(2027, 1, 4), null),
						"Strong on respect; panel agrees"),
				Roles.HR);

		// "Building a service commitment in your team" trains judgement within the rules
		// too, but it is for team leads; every front-line course that trains either trait
		// is on the front-line path already.
		HiringCourses courses = coursesFromHiring(hr, hired);
		assertThat(courses.audience()).isEqualTo("New front-line hires");
		assertThat(courses.traitCourses())
			.extracting(HiringCourses.TraitCourse::traitName, HiringCourses.TraitCourse::outcome,
					HiringCourses.TraitCourse::courseCode)
			.containsExactly(tuple("Judgement within the rules", HiringCourses.Outcome.ASSIGNED_ALREADY, null),
					tuple("Consistency", HiringCourses.Outcome.ASSIGNED_ALREADY, null));
		MyLearning learning = SignedIn.as(email, this.learner::myLearning, Roles.LEARNER);
		assertThat(learning.paths()).extracting(LearnerPath::pathCode).containsExactly(PATH);
		assertThat(learning.courses()).extracting(LearnerCourse::courseCode)
			.doesNotContain("service-commitment-for-leads");
		assertThat(learning.courses()).filteredOn(LearnerCourse::fromHiring).isEmpty();
		CandidatePage page = SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR);
		assertThat(page.details().hiredPersonId()).isEqualTo(hired.personId());
		assertThat(page.decisions()).extracting(CandidatePage.DecisionEntry::decision).containsExactly(Decision.HIRE);
		assertThatExceptionOfType(HiringRefusedException.class)
			.isThrownBy(
					() -> SignedIn.as(hr,
							() -> this.hiring.hire(created.id(),
									new HireForm("Dana Reyes", "other-" + email, null, null, LocalDate.of(2027, 1, 4),
											null),
									"Again"),
							Roles.HR))
			.withMessage("This candidate was already hired.");
	}

	@Test
	void hire_without_an_onboarding_path_gets_courses_every_path_shares_not_team_lead_ones() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		CandidateDetails created = candidate(hr, "Reception");
		long interview = assign(hr, created.id(), ann, KIT);
		SignedIn.run(ann, () -> this.interviews.submit(interview, rated(4, 4, 4, 2, 3, 4, 4, 4, Recommendation.YES)),
				Roles.LEARNER);
		String email = "hired-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";

		HireResult hired = SignedIn.as(hr,
				() -> this.hiring.hire(created.id(),
						new HireForm("Dana Reyes", email, null, null, LocalDate.of(2027, 1, 4), null), "Good fit"),
				Roles.HR);

		// With no path, only the courses on every path (for every audience) fit: of
		// those,
		// "Dignity for everyone" has the most scenarios on judgement within the rules and
		// "Service first time, every time" the most on consistency.
		HiringCourses courses = coursesFromHiring(hr, hired);
		assertThat(courses.audience()).isNull();
		assertThat(courses.traitCourses())
			.extracting(HiringCourses.TraitCourse::outcome, HiringCourses.TraitCourse::courseCode,
					HiringCourses.TraitCourse::courseTitle)
			.containsExactly(tuple(HiringCourses.Outcome.ADDED, "dignity-for-everyone", "Dignity for everyone"),
					tuple(HiringCourses.Outcome.ADDED, "first-time-every-time", "Service first time, every time"));
		assertThat(courses.traitCourses()).extracting(HiringCourses.TraitCourse::mean).containsExactly(2.0, 3.0);
		MyLearning learning = SignedIn.as(email, this.learner::myLearning, Roles.LEARNER);
		assertThat(learning.courses()).filteredOn(LearnerCourse::fromHiring)
			.extracting(LearnerCourse::dueDate)
			.containsOnly(LocalDate.of(2027, 2, 3));
	}

	@Test
	void new_hire_sets_their_password_once_from_the_link_and_can_then_sign_in() {
		String hr = person(Role.HR);
		CandidateDetails created = candidate(hr, "Reception");
		String email = "hired-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";
		HireResult hired = SignedIn.as(hr, () -> this.hiring.hire(created.id(),
				new HireForm("Dana Reyes", email, null, null, LocalDate.of(2027, 1, 4), null), "References fine"),
				Roles.HR);
		assertThat(coursesFromHiring(hr, hired).traitCourses()).isEmpty();
		assertThatExceptionOfType(org.springframework.security.core.userdetails.UsernameNotFoundException.class)
			.isThrownBy(() -> this.accounts.loadUserByUsername(email));

		assertThat(this.passwordLinks.holder(hired.passwordLinkToken())).get()
			.satisfies((holder) -> assertThat(holder.email()).isEqualTo(email));
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> this.passwordLinks.setPassword(hired.passwordLinkToken(), "short"));
		this.passwordLinks.setPassword(hired.passwordLinkToken(), "my own long password");

		assertThat(this.passwordEncoder.matches("my own long password",
				this.accounts.loadUserByUsername(email).getPassword()))
			.isTrue();
		assertThat(this.passwordLinks.holder(hired.passwordLinkToken())).isEmpty();
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> this.passwordLinks.setPassword(hired.passwordLinkToken(), "someone else's password"))
			.withMessageContaining("expired or was already used");
		assertThat(this.passwordLinks.holder("not-a-token")).isEmpty();
	}

	@Test
	void hire_with_an_email_already_in_use_changes_nothing() {
		String hr = person(Role.HR);
		CandidateDetails created = candidate(hr, "Reception");

		assertThatExceptionOfType(InvalidPersonException.class).isThrownBy(() -> SignedIn.as(hr,
				() -> this.hiring.hire(created.id(),
						new HireForm("Dana Reyes", hr, null, null, LocalDate.of(2027, 1, 4), null), "Good fit"),
				Roles.HR));

		CandidatePage page = SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR);
		assertThat(page.details().hiredPersonId()).isNull();
		assertThat(page.decisions()).isEmpty();
		assertThat(page.details().status()).isEqualTo(CandidateStatus.NEW);
	}

	@Test
	void every_interviewer_on_a_candidate_rates_with_the_same_kit() {
		String hr = person(Role.HR);
		CandidateDetails created = candidate(hr, "Reception");
		assign(hr, created.id(), person(Role.LEARNER), KIT);
		long bob = id(person(Role.LEARNER));

		assertThatExceptionOfType(HiringRefusedException.class).isThrownBy(
				() -> SignedIn.run(hr, () -> this.panels.assignInterviewer(created.id(), bob, "team-lead"), Roles.HR))
			.withMessageContaining("same kit");
		assertThat(SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR).details().status())
			.isEqualTo(CandidateStatus.INTERVIEWING);
	}

	@Test
	void a_decision_needs_a_reason_and_keeps_who_and_when() {
		String hr = person(Role.HR);
		CandidateDetails created = candidate(hr, "Reception");

		assertThatExceptionOfType(HiringRefusedException.class)
			.isThrownBy(() -> SignedIn.run(hr, () -> this.hiring.decide(created.id(), Decision.REJECT, "  "), Roles.HR))
			.withMessage("Give the reason for the decision.");
		SignedIn.run(hr, () -> this.hiring.decide(created.id(), Decision.HOLD, "Waiting for references"), Roles.HR);
		SignedIn.run(hr, () -> this.hiring.decide(created.id(), Decision.REJECT, "Took another offer"), Roles.HR);

		CandidatePage page = SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR);
		assertThat(page.details().status()).isEqualTo(CandidateStatus.DECIDED);
		assertThat(page.decisions()).extracting(CandidatePage.DecisionEntry::decision)
			.containsExactly(Decision.REJECT, Decision.HOLD);
		assertThat(page.decisions().get(0).decidedBy()).startsWith("Person ");
		assertThat(page.decisions().get(0).decidedAt()).isNotNull();
	}

	@Test
	void submitted_interviewer_cannot_be_taken_off_a_candidate() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		CandidateDetails created = candidate(hr, "Reception");
		long interview = assign(hr, created.id(), ann, KIT);
		long draftOnly = assign(hr, created.id(), person(Role.LEARNER), KIT);
		SignedIn.run(ann, () -> this.interviews.submit(interview, rated(3, 3, 3, 3, 3, 3, 3, 3, Recommendation.YES)),
				Roles.LEARNER);

		assertThatExceptionOfType(HiringRefusedException.class)
			.isThrownBy(() -> SignedIn.run(hr, () -> this.panels.removeInterviewer(interview), Roles.HR));
		SignedIn.run(hr, () -> this.panels.removeInterviewer(draftOnly), Roles.HR);
		assertThat(SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR).interviews())
			.extracting(CandidatePage.InterviewSummary::interviewId)
			.containsExactly(interview);
	}

	private HiringCourses coursesFromHiring(String hr, HireResult hired) {
		return SignedIn.as(hr, () -> this.hiringCourses.coursesFromHiring(hired.personId()), Roles.HR);
	}

	private CandidateDetails candidate(String hr, String position) {
		return fixture().candidate(hr, position);
	}

	private long assign(String hr, long candidateId, String interviewer, String kit) {
		return fixture().assign(hr, candidateId, interviewer, kit);
	}

	private long id(String email) {
		return fixture().id(email);
	}

	private static ScorecardForm rated(int respect, int care, int makingRight, int judgement, int consistency,
			int courtesy, int ownership, int responsiveness, Recommendation recommendation) {
		return ScreeningFixture.rated(respect, care, makingRight, judgement, consistency, courtesy, ownership,
				responsiveness, recommendation);
	}

	private String person(Role role) {
		return fixture().person(role);
	}

	private ScreeningFixture fixture() {
		return new ScreeningFixture(this.people, this.candidates, this.panels, this.hiring, this.interviews);
	}

}
