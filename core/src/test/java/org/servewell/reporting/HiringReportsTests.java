package org.servewell.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidatePrivacy;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.Decision;
import org.servewell.hiring.HiringDecisionService;
import org.servewell.hiring.InterviewService;
import org.servewell.hiring.PanelService;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * The hiring funnel and "does the interview predict learning" against a real database,
 * with candidates, interviews and hires made through hiring's services. Each test uses a
 * position of its own, so other tests' candidates never count. Subclasses choose the
 * database.
 */
@SpringBootTest
abstract class HiringReportsTests {

	/** A day in the past, so that every dated candidate lies in November 2026. */
	static final Instant DECIDED_AT = Instant.parse("2026-11-20T12:00:00Z");

	static final LocalDate NOVEMBER_FIRST = LocalDate.of(2026, 11, 1);

	static final LocalDate NOVEMBER_LAST = LocalDate.of(2026, 11, 30);

	@Autowired
	PeopleService people;

	@Autowired
	CandidateService candidates;

	@Autowired
	PanelService panels;

	@Autowired
	InterviewService interviews;

	@Autowired
	HiringDecisionService hiring;

	@Autowired
	CandidatePrivacy privacy;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	HiringFunnelService funnels;

	@Autowired
	InterviewPredictionService predictions;

	HiringReportFixture fixture;

	String hr;

	String position;

	@BeforeEach
	void hrAndAPositionOfTheirOwn() {
		this.fixture = new HiringReportFixture(this.people, this.candidates, this.panels, this.interviews, this.hiring,
				this.jdbc, this.transactions);
		this.hr = this.fixture.person(Role.HR);
		this.position = "Reception " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void hr_sees_each_stage_of_a_positions_funnel_and_the_median_and_mean_days_to_a_decision() {
		String ann = this.fixture.person(Role.LEARNER);
		long held = this.fixture.candidate(this.hr, this.position);
		this.fixture.decide(this.hr, held, Decision.HOLD);
		this.fixture.dated(held, DECIDED_AT, 1);
		long rejected = this.fixture.candidate(this.hr, this.position);
		this.fixture.interview(this.hr, rejected, ann, 2);
		this.fixture.decide(this.hr, rejected, Decision.REJECT);
		this.fixture.dated(rejected, DECIDED_AT, 10);
		long hired = this.fixture.candidate(this.hr, this.position);
		this.fixture.interview(this.hr, hired, ann, 4);
		this.fixture.hire(this.hr, hired);
		this.fixture.dated(hired, DECIDED_AT, 4);
		long waiting = this.fixture.candidate(this.hr, this.position);
		this.fixture.assign(this.hr, waiting, this.fixture.person(Role.LEARNER));
		this.fixture.dated(waiting, DECIDED_AT, 2.5);
		long lastMonth = this.fixture.candidate(this.hr, this.position);
		this.fixture.dated(lastMonth, DECIDED_AT, 40);

		HiringFunnel funnel = SignedIn.as(this.hr, () -> this.funnels.funnel(NOVEMBER_FIRST, NOVEMBER_LAST), Roles.HR);

		HiringFunnel.Position reception = funnel.position(this.position).orElseThrow();
		assertThat(reception.candidates()).isEqualTo(4);
		assertThat(reception.interviewed()).isEqualTo(2);
		assertThat(reception.decided()).isEqualTo(3);
		assertThat(reception.hired()).isEqualTo(1);
		// Days to the decision: 1, 4 and 10.
		assertThat(reception.medianDaysToDecision()).isCloseTo(4.0, within(0.001));
		assertThat(reception.meanDaysToDecision()).isCloseTo(5.0, within(0.001));
		assertThat(csvFunnel()).contains(this.position + ",4,2,3,1,4.0,5.0");
	}

	@Test
	void erased_candidates_appear_in_no_report() {
		long kept = this.fixture.candidate(this.hr, this.position);
		this.fixture.dated(kept, DECIDED_AT, 3);
		long erased = this.fixture.candidate(this.hr, this.position);
		this.fixture.decide(this.hr, erased, Decision.REJECT);
		this.fixture.dated(erased, DECIDED_AT, 3);
		SignedIn.run(this.hr, () -> this.privacy.erase(erased, "The candidate asked by email"), Roles.HR);

		HiringFunnel funnel = SignedIn.as(this.hr, () -> this.funnels.funnel(NOVEMBER_FIRST, NOVEMBER_LAST), Roles.HR);

		HiringFunnel.Position reception = funnel.position(this.position).orElseThrow();
		assertThat(reception.candidates()).isEqualTo(1);
		assertThat(reception.decided()).isZero();
		assertThat(reception.medianDaysToDecision()).isNull();
		assertThat(csvFunnel()).contains(this.position + ",1,0,0,0,,");
	}

	@Test
	void a_period_that_ends_before_it_starts_is_refused_with_the_reason() {
		assertThatExceptionOfType(InvalidReportFilterException.class)
			.isThrownBy(() -> SignedIn.as(this.hr, () -> this.funnels.funnel(NOVEMBER_LAST, NOVEMBER_FIRST), Roles.HR))
			.withMessageContaining("ends before it starts");
	}

	/**
	 * The hand-computed example (respect, the only kit trait the hires' quiz answered):
	 *
	 * <pre>
	 * hire  Ann  Bob  panel mean  option chosen  credit
	 * 1     2    2    2.0         rated 1        0
	 * 2     3    4    3.5         rated 3        2/3
	 * 3     4    4    4.0         rated 2        1/3
	 * 4     5    4    4.5         rated 4        1
	 * </pre>
	 *
	 * Credit in thirds y' = 0, 2, 1, 3 (scaling leaves r alone). Panel: deviations from
	 * 3.5 are -1.5, 0, 0.5, 1; from 1.5 they are -1.5, 0.5, -0.5, 1.5; Sxy = 3.5, Sxx =
	 * 3.5, Syy = 5, so r = 3.5 / sqrt(17.5) = sqrt(0.7) = 0.8367, and with n = 4 Fisher's
	 * interval is tanh(atanh(0.8367) ± 1.96) = -0.635 .. 0.996. Ann: x = 2, 3, 4, 5, Sxy
	 * = 4, Sxx = 5, r = 4 / 5 = 0.8. Bob: x = 2, 4, 4, 4, Sxy = 3, Sxx = 3, r = 3 /
	 * sqrt(15) = 0.7746.
	 */
	@Test
	void interview_ratings_set_against_quiz_results_match_the_hand_computed_example_with_a_caution() {
		String ann = this.fixture.person(Role.LEARNER);
		String bob = this.fixture.person(Role.LEARNER);
		int[][] example = { { 2, 2, 1 }, { 3, 4, 3 }, { 4, 4, 2 }, { 5, 4, 4 } };
		for (int[] hire : example) {
			long candidate = this.fixture.candidate(this.hr, this.position);
			this.fixture.interview(this.hr, candidate, ann, hire[0]);
			this.fixture.interview(this.hr, candidate, bob, hire[1]);
			long personId = this.fixture.hire(this.hr, candidate);
			this.fixture.answeredRespectScenario(personId, hire[2]);
			if (hire[2] == 1) {
				this.fixture.startedRespectScenario(personId, 4);
			}
		}
		long notInterviewed = this.fixture.candidate(this.hr, this.position);
		this.fixture.answeredRespectScenario(this.fixture.hire(this.hr, notInterviewed), 4);

		InterviewPrediction prediction = SignedIn.as(this.hr, () -> this.predictions.prediction(this.position),
				Roles.HR);

		assertThat(prediction.hires()).isEqualTo(4);
		assertThat(prediction.traits()).extracting(InterviewPrediction.Figure::key).containsExactly("respect");
		PearsonCorrelation respect = prediction.traits().get(0).correlation();
		assertThat(respect.pairs()).isEqualTo(4);
		assertThat(respect.r()).isCloseTo(0.8367, within(0.0001));
		assertThat(respect.low()).isCloseTo(-0.635, within(0.001));
		assertThat(respect.high()).isCloseTo(0.996, within(0.001));
		assertThat(respect.tooFew()).isTrue();
		assertThat(figureOf(prediction, this.fixture.id(ann)).r()).isCloseTo(0.8, within(0.0001));
		assertThat(figureOf(prediction, this.fixture.id(bob)).r()).isCloseTo(0.7746, within(0.0001));
		assertThat(prediction.interviewers()).allSatisfy((figure) -> {
			assertThat(figure.people()).isEqualTo(4);
			assertThat(figure.correlation().tooFew()).isTrue();
		});
		assertThat(SignedIn.as(this.hr, this.predictions::positions, Roles.HR)).contains(this.position);
		String csv = csv((out) -> this.predictions.writeCsv(this.position, out));
		assertThat(csv).contains("Trait,Respect,4,0.84,-0.64,1.00,yes");
	}

	@Test
	void hires_whose_results_fall_exactly_as_their_ratings_rise_get_minus_one_with_no_interval_in_the_csv() {
		String ann = this.fixture.person(Role.LEARNER);
		for (int rating = 1; rating <= 4; rating++) {
			long candidate = this.fixture.candidate(this.hr, this.position);
			this.fixture.interview(this.hr, candidate, ann, rating);
			this.fixture.answeredRespectScenario(this.fixture.hire(this.hr, candidate), 5 - rating);
		}

		InterviewPrediction prediction = SignedIn.as(this.hr, () -> this.predictions.prediction(this.position),
				Roles.HR);

		PearsonCorrelation respect = prediction.traits().get(0).correlation();
		assertThat(respect.pairs()).isEqualTo(4);
		assertThat(respect.r()).isEqualTo(-1.0);
		assertThat(respect.perfect()).isTrue();
		assertThat(respect.low()).isNull();
		assertThat(respect.high()).isNull();
		String csv = csv((out) -> this.predictions.writeCsv(this.position, out));
		assertThat(csv).contains("Trait,Respect,4,-1.00,,,yes");
	}

	@Test
	void a_position_without_hires_who_have_ratings_and_results_is_empty() {
		this.fixture.hire(this.hr, this.fixture.candidate(this.hr, this.position));

		InterviewPrediction prediction = SignedIn.as(this.hr, () -> this.predictions.prediction(this.position),
				Roles.HR);

		assertThat(prediction.isEmpty()).isTrue();
		assertThat(prediction.traits()).isEmpty();
		assertThat(prediction.interviewers()).isEmpty();
	}

	@Test
	void managers_trainers_and_learners_are_refused_hiring_reports() {
		for (Role role : List.of(Role.MANAGER, Role.TRAINER, Role.LEARNER)) {
			String someone = this.fixture.person(role);
			assertThatExceptionOfType(AuthorizationDeniedException.class).as(role.name())
				.isThrownBy(() -> SignedIn.as(someone, () -> this.funnels.funnel(null, null), role.name()));
			assertThatExceptionOfType(AuthorizationDeniedException.class).as(role.name())
				.isThrownBy(() -> SignedIn.run(someone,
						() -> this.funnels.writeCsv(null, null, new ByteArrayOutputStream()), role.name()));
			assertThatExceptionOfType(AuthorizationDeniedException.class).as(role.name())
				.isThrownBy(() -> SignedIn.as(someone, () -> this.predictions.prediction(null), role.name()));
			assertThatExceptionOfType(AuthorizationDeniedException.class).as(role.name())
				.isThrownBy(() -> SignedIn.run(someone,
						() -> this.predictions.writeCsv(null, new ByteArrayOutputStream()), role.name()));
		}
	}

	private PearsonCorrelation figureOf(InterviewPrediction prediction, long interviewerId) {
		return prediction.interviewers()
			.stream()
			.filter((figure) -> figure.key().equals(Long.toString(interviewerId)))
			.findFirst()
			.orElseThrow()
			.correlation();
	}

	private String csvFunnel() {
		return csv((out) -> this.funnels.writeCsv(NOVEMBER_FIRST, NOVEMBER_LAST, out));
	}

	private String csv(java.util.function.Consumer<ByteArrayOutputStream> writer) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SignedIn.run(this.hr, () -> writer.accept(out), Roles.HR);
		return out.toString(StandardCharsets.UTF_8);
	}

}
