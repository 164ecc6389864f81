package org.servewell.hiring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;
import static org.servewell.hiring.ScreeningFixture.KIT;
import static org.servewell.hiring.ScreeningFixture.rated;

/**
 * A candidate's data against a real database: HR exports everything held about them and
 * erases it on request, the retention job erases it for candidates not hired, and the
 * anonymous ratings stay for the statistics. Subclasses choose the database.
 */
@SpringBootTest
abstract class PrivacyTests {

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
	CandidatePrivacy privacy;

	@Autowired
	CandidateRetention retention;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void export_holds_the_details_every_scorecard_revision_with_its_evidence_and_every_decision() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		CandidateDetails created = SignedIn.as(hr, () -> this.candidates.createCandidate(new CandidateForm("Dana Reyes",
				"dana@example.org", "Reception", "Referral", "Met at the job fair", LocalDate.of(2026, 11, 30))),
				Roles.HR);
		long interview = fixture().assign(hr, created.id(), ann, KIT);
		SignedIn.run(ann, () -> this.interviews.submit(interview, rated(2, 3, 3, 3, 3, 3, 3, 3, Recommendation.NO)),
				Roles.LEARNER);
		SignedIn.run(ann, () -> this.interviews.amend(interview, rated(3, 3, 3, 3, 3, 3, 3, 3, Recommendation.YES),
				"Rated respect against the wrong anchor"), Roles.LEARNER);
		SignedIn.run(hr, () -> this.hiring.decide(created.id(), Decision.HOLD, "Waiting for references"), Roles.HR);

		CandidateDataFile file = SignedIn.as(hr, () -> this.privacy.export(created.id()), Roles.HR);

		assertThat(file.fileName()).matches("candidate-" + created.id() + "-\\d{4}-\\d{2}-\\d{2}\\.json");
		JsonNode data = this.json.readTree(file.json());
		assertThat(Instant.parse(data.get("exportedAt").asString())).isCloseTo(this.clock.instant(),
				within(Duration.ofMinutes(1)));
		JsonNode candidate = data.get("candidate");
		assertThat(candidate.get("fullName").asString()).isEqualTo("Dana Reyes");
		assertThat(candidate.get("email").asString()).isEqualTo("dana@example.org");
		assertThat(candidate.get("notes").asString()).isEqualTo("Met at the job fair");
		assertThat(candidate.get("consentDate").asString()).isEqualTo("2026-11-30");
		JsonNode interviewed = data.get("interviews").get(0);
		assertThat(interviewed.get("interviewer").asString()).startsWith("Person ");
		assertThat(interviewed.get("kitTitle").asString()).isEqualTo("Front-line service role");
		assertThat(interviewed.get("kitVersion").asInt()).isPositive();
		JsonNode original = interviewed.get("scorecards").get(0);
		assertThat(original.get("recommendation").asString()).isEqualTo("NO");
		assertThat(original.get("overallNote").asString()).isEqualTo("Overall");
		assertThat(original.get("ratings").get(0).get("trait").asString()).isEqualTo("respect");
		assertThat(original.get("ratings").get(0).get("rating").asInt()).isEqualTo(2);
		assertThat(original.get("ratings").get(0).get("evidence").asString()).isEqualTo("Evidence for respect");
		assertThat(original.get("submittedAt").isNull()).isFalse();
		JsonNode amendment = interviewed.get("scorecards").get(1);
		assertThat(amendment.get("revision").asInt()).isEqualTo(1);
		assertThat(amendment.get("amendmentReason").asString()).isEqualTo("Rated respect against the wrong anchor");
		JsonNode decision = data.get("decisions").get(0);
		assertThat(decision.get("decision").asString()).isEqualTo("HOLD");
		assertThat(decision.get("reason").asString()).isEqualTo("Waiting for references");
		assertThat(decision.get("decidedBy").asString()).startsWith("Person ");
		assertThat(decision.get("decidedAt").asString()).isNotBlank();
	}

	@Test
	void erasing_on_request_empties_the_personal_data_and_the_ratings_still_count_in_the_agreement() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		String bob = person(Role.LEARNER);
		CandidateDetails created = fixture().candidate(hr, "Reception " + UUID.randomUUID());
		long annsInterview = fixture().assign(hr, created.id(), ann, KIT);
		long bobsInterview = fixture().assign(hr, created.id(), bob, KIT);
		SignedIn.run(ann,
				() -> this.interviews.submit(annsInterview, rated(4, 4, 4, 4, 4, 4, 4, 4, Recommendation.YES)),
				Roles.LEARNER);
		SignedIn.run(bob, () -> this.interviews.submit(bobsInterview, rated(3, 3, 3, 3, 3, 3, 3, 3, Recommendation.NO)),
				Roles.LEARNER);
		SignedIn.run(bob, () -> this.interviews.amend(bobsInterview, rated(2, 3, 3, 3, 3, 3, 3, 3, Recommendation.NO),
				"Misread the anchor for respect"), Roles.LEARNER);
		SignedIn.run(hr, () -> this.hiring.decide(created.id(), Decision.REJECT, "Rude to the receptionist"), Roles.HR);

		SignedIn.run(hr, () -> this.privacy.erase(created.id(), "  The candidate asked by email  "), Roles.HR);

		CandidatePage page = SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR);
		assertThat(page.details().fullName()).isNull();
		assertThat(page.details().email()).isNull();
		assertThat(page.details().displayName()).isEqualTo("Erased candidate #" + created.id());
		assertThat(page.details().erasedAt()).isNotNull();
		assertThat(page.details().erasureReason()).isEqualTo("The candidate asked by email");
		assertThat(page.decisions()).extracting(CandidatePage.DecisionEntry::reason).containsExactly("(erased)");
		assertThat(page.picture().traits().get(0).ratings()).extracting(CandidatePicture.PanelRating::rating)
			.containsExactly(4, 2);
		assertThat(page.picture().traits()).flatExtracting(CandidatePicture.TraitPicture::ratings)
			.extracting(CandidatePicture.PanelRating::evidence)
			.containsOnly("");
		String exported = new String(SignedIn.as(hr, () -> this.privacy.export(created.id()), Roles.HR).json(),
				java.nio.charset.StandardCharsets.UTF_8);
		assertThat(exported).doesNotContain("Dana", "dana@example.org", "Evidence for", "Overall", "Rude", "Misread");
		assertThat(SignedIn.as(hr, () -> this.candidates.listCandidates(created.position(), null), Roles.HR)).isEmpty();
		PanelAgreement agreement = SignedIn.as(hr, this.reports::agreement, Roles.HR);
		long annId = fixture().id(ann);
		assertThat(agreement.report().interviewers()).filteredOn((leniency) -> leniency.interviewerId() == annId)
			.singleElement()
			.satisfies((leniency) -> assertThat(leniency.ratingsCompared()).isEqualTo(8));
	}

	@Test
	void interviewers_no_longer_see_an_erased_candidate_and_their_scorecard_is_not_found() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		CandidateDetails created = fixture().candidate(hr, "Reception");
		long interview = fixture().assign(hr, created.id(), ann, KIT);

		SignedIn.run(hr, () -> this.privacy.erase(created.id(), "The candidate asked"), Roles.HR);

		assertThat(SignedIn.as(ann, this.interviews::myInterviews, Roles.LEARNER)).isEmpty();
		assertThat(SignedIn.as(ann, this.interviews::hasInterviews, Roles.LEARNER)).isFalse();
		assertThatExceptionOfType(HiringNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(ann, () -> this.interviews.scorecard(interview), Roles.LEARNER));
	}

	@Test
	void erasing_is_refused_for_a_hired_candidate_an_erased_one_and_without_a_reason() {
		String hr = person(Role.HR);
		CandidateDetails hired = fixture().hiredCandidate(hr);
		CandidateDetails other = fixture().candidate(hr, "Reception");

		assertThatExceptionOfType(HiringRefusedException.class)
			.isThrownBy(() -> SignedIn.run(hr, () -> this.privacy.erase(hired.id(), "The candidate asked"), Roles.HR))
			.withMessageContaining("This candidate was hired");
		assertThat(SignedIn.as(hr, () -> this.reports.candidate(hired.id()), Roles.HR).details().fullName())
			.isEqualTo("Dana Reyes");
		assertThatExceptionOfType(HiringRefusedException.class)
			.isThrownBy(() -> SignedIn.run(hr, () -> this.privacy.erase(other.id(), " "), Roles.HR))
			.withMessage("Give the reason for erasing, such as the candidate's request.");
		SignedIn.run(hr, () -> this.privacy.erase(other.id(), "The candidate asked"), Roles.HR);
		assertThatExceptionOfType(HiringRefusedException.class)
			.isThrownBy(() -> SignedIn.run(hr, () -> this.privacy.erase(other.id(), "Again"), Roles.HR))
			.withMessage("This candidate's personal data was already erased.");
		assertThatExceptionOfType(HiringNotFoundException.class)
			.isThrownBy(() -> SignedIn.run(hr, () -> this.privacy.erase(987654321L, "Asked"), Roles.HR));
	}

	/**
	 * The old candidates' last change is moved back 181 days, as if time had passed;
	 * every other candidate in the database changed today.
	 */
	@Test
	void retention_erases_candidates_not_hired_and_unchanged_for_the_period_and_leaves_the_rest() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		CandidateDetails hired = fixture().hiredCandidate(hr);
		CandidateDetails rejected = fixture().candidate(hr, "Reception");
		long interview = fixture().assign(hr, rejected.id(), ann, KIT);
		SignedIn.run(ann, () -> this.interviews.submit(interview, rated(2, 2, 2, 2, 2, 2, 2, 2, Recommendation.NO)),
				Roles.LEARNER);
		SignedIn.run(hr, () -> this.hiring.decide(rejected.id(), Decision.REJECT, "Not enough experience"), Roles.HR);
		CandidateDetails recent = fixture().candidate(hr, "Reception");
		Instant now = this.clock.instant();
		this.transactions
			.executeWithoutResult((status) -> this.jdbc.sql("update candidate set updated_at = ? where id in (?, ?)")
				.params(now.minus(181, ChronoUnit.DAYS), hired.id(), rejected.id())
				.update());

		assertThat(this.retention.eraseExpired(now)).isOne();

		CandidatePage old = SignedIn.as(hr, () -> this.reports.candidate(rejected.id()), Roles.HR);
		assertThat(old.details().fullName()).isNull();
		assertThat(old.details().erasureReason()).contains("180 days");
		assertThat(old.decisions()).extracting(CandidatePage.DecisionEntry::reason).containsExactly("(erased)");
		assertThat(old.picture().traits().get(0).ratings()).extracting(CandidatePicture.PanelRating::rating)
			.containsExactly(2);
		assertThat(SignedIn.as(hr, () -> this.reports.candidate(recent.id()), Roles.HR).details().fullName())
			.isEqualTo("Dana Reyes");
		assertThat(SignedIn.as(hr, () -> this.reports.candidate(hired.id()), Roles.HR).details().fullName())
			.isEqualTo("Dana Reyes");
		assertThat(this.retention.eraseExpired(now)).isZero();
	}

	@Test
	void only_hr_exports_and_erases_a_candidates_data() {
		String hr = person(Role.HR);
		String ann = person(Role.LEARNER);
		CandidateDetails created = fixture().candidate(hr, "Reception");
		fixture().assign(hr, created.id(), ann, KIT);

		for (String role : List.of(Roles.LEARNER, Roles.TRAINER, Roles.MANAGER, Roles.ADMIN)) {
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(ann, () -> this.privacy.export(created.id()), role));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.run(ann, () -> this.privacy.erase(created.id(), "Asked"), role));
		}
		assertThat(SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR).details().fullName())
			.isEqualTo("Dana Reyes");
	}

	private String person(Role role) {
		return fixture().person(role);
	}

	private ScreeningFixture fixture() {
		return new ScreeningFixture(this.people, this.candidates, this.panels, this.hiring, this.interviews);
	}

}
