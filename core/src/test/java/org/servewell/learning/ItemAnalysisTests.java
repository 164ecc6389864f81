package org.servewell.learning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.TestCourses;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.BankVersion.BankOption;
import org.servewell.catalog.bank.BankVersion.BankScenario;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.QuizSettings;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * Trainers' item analysis over answers stored through the quiz service. Subclasses choose
 * the database, one for these tests alone, because the analysis counts every submitted
 * attempt at a course. Tests commit, so each uses new people.
 */
@Import(TestCourses.class)
abstract class ItemAnalysisTests {

	static final String ADMIN = "first-admin@test.servewell.org";

	static final String TRAINER = "trainer@test.servewell.org";

	static final String COURSE = "first-time-every-time";

	/**
	 * The hand-worked example: ten learners take a quiz that draws all six of its
	 * scenarios, the first six of first-time-every-time (S1 the caller at ten to six, S2
	 * the regular and the stranger, S3 the Saturday desk, S4 not our department, S5 after
	 * a bad morning, S6 the second trip). A row is a learner; each number is the option
	 * chosen, numbered as in the content file; 0 leaves the scenario unanswered.
	 *
	 * <pre>
	 * option ratings:  S1 2 1 4 3   S2 4 1 2 3   S3 2 1 3 4   S4 2 4 2 3   S5 2 4 2 1 3   S6 2 3 4 1
	 *
	 *        chosen options        points (rating - 1)    attempt total T
	 *        S1 S2 S3 S4 S5 S6     S1 S2 S3 S4 S5 S6
	 * L1      3  1  4  1  0  3      3  3  3  1  -  3        13
	 * L2      3  1  4  1  0  2      3  3  3  1  -  2        12
	 * L3      3  1  4  1  0  1      3  3  3  1  -  1        11
	 * L4      3  4  4  3  0  4      3  2  3  1  -  0         9
	 * L5      3  4  3  4  0  4      3  2  2  2  -  0         9
	 * L6      3  4  3  4  0  4      3  2  2  2  -  0         9
	 * L7      3  4  1  2  0  4      3  2  1  3  -  0         9
	 * L8      3  4  1  2  0  4      3  2  1  3  -  0         9
	 * L9      3  3  2  2  0  4      3  1  0  3  -  0         7
	 * L10     3  2  2  2  0  4      3  0  0  3  -  0         6
	 * </pre>
	 *
	 * Facility is Σpoints / (3n); discrimination r = (nΣxy - ΣxΣy) / √((nΣx² -
	 * (Σx)²)(nΣy² - (Σy)²)) with x the scenario's points and y = T - x.
	 *
	 * <pre>
	 * S1: n 10, Σx 30: facility 1.0; x never varies: no r.
	 *     picks 0 0 10 0: too easy, and options nobody picks
	 * S2: x = 3 3 3 2 2 2 2 2 1 0, y = 10 9 8 7 7 7 7 7 6 6
	 *     Σx 20, Σx² 48, Σy 74, Σy² 562, Σxy 157: facility 20/30 = 0.6667
	 *     r = (1570 - 1480) / √((480 - 400)(5620 - 5476)) = 90 / √11520 = 0.8385
	 *     picks 3 1 1 5: option 4 (rating 3) is chosen more than the best, option 1
	 * S3: x = 3 3 3 3 2 2 1 1 0 0, y = 10 9 8 6 7 7 8 8 7 6
	 *     Σx 18, Σx² 46, Σy 76, Σy² 592, Σxy 143: facility 18/30 = 0.6
	 *     r = (1430 - 1368) / √((460 - 324)(5920 - 5776)) = 62 / √19584 = 0.4430
	 *     picks 2 2 2 4: no flag
	 * S4: x = 1 1 1 1 2 2 3 3 3 3, y = 12 11 10 8 7 7 6 6 4 3
	 *     Σx 20, Σx² 48, Σy 74, Σy² 624, Σxy 126: facility 20/30 = 0.6667
	 *     r = (1260 - 1480) / √((480 - 400)(6240 - 5476)) = -220 / √61120 = -0.8899
	 *     picks 3 4 1 2: negative discrimination
	 * S5: never answered: no figures, no flag
	 * S6: x = 3 2 1 0 0 0 0 0 0 0, y = 10 10 10 9 9 9 9 9 7 6
	 *     Σx 6, Σx² 14, Σy 88, Σy² 790, Σxy 60: facility 6/30 = 0.2
	 *     r = (600 - 528) / √((140 - 36)(7900 - 7744)) = 72 / √16224 = 0.5653
	 *     picks 1 1 1 7: too hard, and option 4 (rating 1) beats the best, option 3
	 * </pre>
	 */
	// @formatter:off
	private static final int[][] CHOSEN = {
			{ 3, 1, 4, 1, 0, 3 }, // L1
			{ 3, 1, 4, 1, 0, 2 }, // L2
			{ 3, 1, 4, 1, 0, 1 }, // L3
			{ 3, 4, 4, 3, 0, 4 }, // L4
			{ 3, 4, 3, 4, 0, 4 }, // L5
			{ 3, 4, 3, 4, 0, 4 }, // L6
			{ 3, 4, 1, 2, 0, 4 }, // L7
			{ 3, 4, 1, 2, 0, 4 }, // L8
			{ 3, 3, 2, 2, 0, 4 }, // L9
			{ 3, 2, 2, 2, 0, 4 } // L10
	};
	// @formatter:on

	@Autowired
	ItemAnalysisService analysis;

	@Autowired
	AttemptService attempts;

	@Autowired
	PeopleService people;

	@Autowired
	CourseBank bank;

	@Autowired
	TestCourses courses;

	@Test
	void trainer_sees_per_scenario_how_often_it_was_answered_how_well_how_it_discriminates_and_what_was_chosen() {
		String code = publishQuizThatDrawsSixOfSix();
		for (int[] row : CHOSEN) {
			take(code, (scenario) -> row[position(code, scenario)], true);
		}
		// Submitted with nothing answered: an attempt, but no answer to any scenario.
		take(code, (scenario) -> 0, true);
		// Still in progress: its answers do not count.
		take(code, (scenario) -> 1, false);

		VersionAnalysis result = SignedIn.as(TRAINER, () -> this.analysis.analyse(code, 1), Roles.TRAINER);

		assertThat(result.courseCode()).isEqualTo(code);
		assertThat(result.versionNumber()).isEqualTo(1);
		assertThat(result.submittedAttempts()).isEqualTo(11);
		assertThat(result.items()).extracting(ItemAnalysis::scenarioKey)
			.containsExactly("ftet-closing-time-caller", "ftet-the-regular-and-the-stranger",
					"ftet-saturday-desk-and-the-missed-bin", "ftet-not-our-department", "ftet-after-a-bad-morning",
					"ftet-the-second-trip");
		assertThat(result.items().get(0).title()).isEqualTo("The caller at ten to six");
		assertItem(result.items().get(0), 10, 1.0, null,
				List.of(picks(1, 2, 0, 0.0), picks(2, 1, 0, 0.0), picks(3, 4, 10, 1.0), picks(4, 3, 0, 0.0)),
				ItemFlag.TOO_EASY, ItemFlag.OPTION_NEVER_PICKED);
		assertItem(result.items().get(1), 10, 20 / 30.0, 0.8385,
				List.of(picks(1, 4, 3, 0.3), picks(2, 1, 1, 0.1), picks(3, 2, 1, 0.1), picks(4, 3, 5, 0.5)),
				ItemFlag.DISTRACTOR_BEATS_BEST);
		assertItem(result.items().get(2), 10, 0.6, 0.4430,
				List.of(picks(1, 2, 2, 0.2), picks(2, 1, 2, 0.2), picks(3, 3, 2, 0.2), picks(4, 4, 4, 0.4)));
		assertItem(result.items().get(3), 10, 20 / 30.0, -0.8899,
				List.of(picks(1, 2, 3, 0.3), picks(2, 4, 4, 0.4), picks(3, 2, 1, 0.1), picks(4, 3, 2, 0.2)),
				ItemFlag.NEGATIVE_DISCRIMINATION);
		assertItem(result.items().get(4), 0, null, null, List.of(picks(1, 2, 0, 0.0), picks(2, 4, 0, 0.0),
				picks(3, 2, 0, 0.0), picks(4, 1, 0, 0.0), picks(5, 3, 0, 0.0)));
		assertItem(result.items().get(5), 10, 0.2, 0.5653,
				List.of(picks(1, 2, 1, 0.1), picks(2, 3, 1, 0.1), picks(3, 4, 1, 0.1), picks(4, 1, 7, 0.7)),
				ItemFlag.TOO_HARD, ItemFlag.DISTRACTOR_BEATS_BEST);
	}

	@Test
	void scenarios_of_the_bank_never_drawn_are_listed_without_figures_and_a_few_answers_raise_no_flag() {
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		// Two learners choose the best option everywhere: 12 answers at most 12 of the 14
		// scenarios, each answered at most twice, below the 5 answers a flag needs.
		Map<String, Integer> timesDrawn = new HashMap<>();
		for (int i = 0; i < 2; i++) {
			AttemptView taken = take(COURSE, (scenario) -> scenario.best().number(), true);
			taken.questions().forEach((question) -> timesDrawn.merge(question.title(), 1, Integer::sum));
		}
		// Still in progress, with the worst options: would lower the figures if counted.
		take(COURSE, (scenario) -> worst(scenario).number(), false);

		VersionAnalysis result = SignedIn.as(ADMIN, () -> this.analysis.analyse(COURSE, version.versionNumber()),
				Roles.ADMIN);

		assertThat(result.submittedAttempts()).isEqualTo(2);
		assertThat(result.items()).hasSize(version.scenarios().size());
		assertThat(result.items()).filteredOn((item) -> item.answered() == 0).hasSizeGreaterThanOrEqualTo(2);
		for (int i = 0; i < version.scenarios().size(); i++) {
			BankScenario scenario = version.scenarios().get(i);
			ItemAnalysis item = result.items().get(i);
			int answered = timesDrawn.getOrDefault(scenario.title(), 0);
			List<OptionPicks> options = scenario.options()
				.stream()
				.map((option) -> (option.id() == scenario.best().id() && answered > 0)
						? picks(option.number(), option.rating(), answered, 1.0)
						: picks(option.number(), option.rating(), 0, 0.0))
				.toList();
			assertThat(item.scenarioKey()).isEqualTo(scenario.key());
			// One or two answers, all of them best: full credit, and nothing to
			// correlate.
			assertItem(item, answered, (answered > 0) ? 1.0 : null, null, options);
		}
	}

	@Test
	void learners_hr_and_managers_are_refused_the_analysis_while_trainers_and_administrators_get_it() {
		for (String role : List.of(Roles.LEARNER, Roles.HR, Roles.MANAGER)) {
			assertThatExceptionOfType(AuthorizationDeniedException.class).as(role)
				.isThrownBy(
						() -> SignedIn.as("someone@test.servewell.org", () -> this.analysis.analyse(COURSE, 1), role));
		}
		for (String role : List.of(Roles.TRAINER, Roles.ADMIN)) {
			VersionAnalysis seen = SignedIn.as("someone@test.servewell.org", () -> this.analysis.analyse(COURSE, 1),
					role);
			assertThat(seen.courseCode()).as(role).isEqualTo(COURSE);
			assertThat(seen.items()).as(role).isNotEmpty();
		}
	}

	@Test
	void trainer_asking_for_a_course_or_version_that_does_not_exist_is_told_which() {
		assertThatExceptionOfType(LearningNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(TRAINER, () -> this.analysis.analyse("no-such-course", 1), Roles.TRAINER))
			.withMessageContaining("There is no course 'no-such-course'");
		assertThatExceptionOfType(LearningNotFoundException.class)
			.isThrownBy(() -> SignedIn.as(TRAINER, () -> this.analysis.analyse(COURSE, 99), Roles.TRAINER))
			.withMessageContaining("'" + COURSE + "' has no version 99")
			.withMessageContaining("Its versions are 1 to");
	}

	private static void assertItem(ItemAnalysis item, int answered, Double facility, Double discrimination,
			List<OptionPicks> options, ItemFlag... flags) {
		assertThat(item.answered()).as(item.scenarioKey() + " answered").isEqualTo(answered);
		if (facility == null) {
			assertThat(item.facility()).as(item.scenarioKey() + " facility").isNull();
		}
		else {
			assertThat(item.facility()).as(item.scenarioKey() + " facility").isCloseTo(facility, within(1e-9));
		}
		if (discrimination == null) {
			assertThat(item.discrimination()).as(item.scenarioKey() + " discrimination").isNull();
		}
		else {
			assertThat(item.discrimination()).as(item.scenarioKey() + " discrimination")
				.isCloseTo(discrimination, within(0.0005));
		}
		assertThat(item.options()).as(item.scenarioKey() + " options").isEqualTo(options);
		assertThat(item.flags()).as(item.scenarioKey() + " flags").containsExactly(flags);
	}

	private static OptionPicks picks(int optionNumber, int rating, int picked, double share) {
		return new OptionPicks(optionNumber, rating, picked, share);
	}

	private static BankOption worst(BankScenario scenario) {
		return scenario.options().stream().min(java.util.Comparator.comparingInt(BankOption::rating)).orElseThrow();
	}

	/**
	 * A new course whose quiz draws all of its six scenarios, so every attempt meets the
	 * same ones.
	 */
	private String publishQuizThatDrawsSixOfSix() {
		CourseContent bundled = ContentReader.read(ContentSource.bundled())
			.courses()
			.stream()
			.filter((course) -> course.id().equals(COURSE))
			.findFirst()
			.orElseThrow();
		String code = "item-analysis-" + UUID.randomUUID().toString().substring(0, 8);
		this.courses.publish(new CourseContent(code, bundled.title(), bundled.summary(), bundled.audience(),
				bundled.lessons(), "hash-" + code,
				new QuizSettings(6, bundled.quiz().passMark(), bundled.quiz().attemptsAllowed(), true),
				bundled.scenarios().subList(0, 6), 0));
		return code;
	}

	private int position(String courseCode, BankScenario scenario) {
		return this.bank.version(courseCode, 1).orElseThrow().scenarios().indexOf(scenario);
	}

	/**
	 * A new learner starts an attempt, answers each drawn scenario with the option number
	 * {@code choice} gives (0 for none) and submits when asked to.
	 */
	private AttemptView take(String courseCode, ToIntFunction<BankScenario> choice, boolean submit) {
		String learner = newLearner();
		AttemptView attempt = SignedIn.as(learner, () -> this.attempts.startOrResume(courseCode), Roles.LEARNER);
		BankVersion version = this.bank.version(courseCode, 1).orElseThrow();
		for (AttemptView.Question question : attempt.questions()) {
			BankScenario scenario = version.scenarios()
				.stream()
				.filter((candidate) -> candidate.title().equals(question.title()))
				.findFirst()
				.orElseThrow();
			int number = choice.applyAsInt(scenario);
			if (number > 0) {
				BankOption option = scenario.options()
					.stream()
					.filter((candidate) -> candidate.number() == number)
					.findFirst()
					.orElseThrow();
				SignedIn.run(learner,
						() -> this.attempts.saveAnswer(attempt.attemptId(), question.itemId(), option.id()),
						Roles.LEARNER);
			}
		}
		if (submit) {
			SignedIn.run(learner, () -> this.attempts.submit(attempt.attemptId()), Roles.LEARNER);
		}
		return attempt;
	}

	private String newLearner() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String email = "items-" + id + "@test.servewell.org";
		SignedIn.run(ADMIN, () -> this.people.createPerson(
				new PersonForm(email, "Learner " + id, Set.of(Role.LEARNER), null, null, null, null, true, null),
				"a long test password"), Roles.ADMIN);
		return email;
	}

}
