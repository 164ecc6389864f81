package org.servewell.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.BankVersion.BankOption;
import org.servewell.catalog.bank.BankVersion.BankScenario;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.people.PersonDetails;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.reporting.CompletionTrendService.CompletionMonth;
import org.servewell.reporting.TraitResults.Cell;
import org.servewell.reporting.TraitResults.Team;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Results by service trait and completions over time against a real database, with
 * hand-made attempts whose means are worked out by hand below. Subclasses choose the
 * database. Tests commit, so each makes new people in departments of its own.
 */
@SpringBootTest
abstract class TraitResultsTests {

	static final String COURSE = "first-time-every-time";

	@Autowired
	CourseBank bank;

	@Autowired
	TraitResultsService traitResults;

	@Autowired
	CompletionTrendService trend;

	@Autowired
	ReportFixtures fixtures;

	String id;

	String kitchen;

	String bar;

	PersonDetails lead;

	PersonDetails ada;

	PersonDetails stranger;

	BankScenario scenario;

	String trait;

	@BeforeEach
	void aTeamThatAnsweredOneScenario() {
		this.id = UUID.randomUUID().toString().substring(0, 8);
		this.kitchen = "Kitchen " + this.id;
		this.bar = "Bar " + this.id;
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		this.scenario = version.scenarios().get(0);
		this.trait = this.scenario.traits().get(0);
		long best = option(4);
		long worst = option(1);
		this.lead = person("lead", Role.MANAGER, null, null);
		PersonDetails otherLead = person("other-lead", Role.MANAGER, null, null);
		this.ada = person("ada", Role.LEARNER, this.kitchen, this.lead.id());
		PersonDetails bea = person("bea", Role.LEARNER, this.kitchen, this.lead.id());
		PersonDetails cy = person("cy", Role.LEARNER, this.bar, this.lead.id());
		this.stranger = person("stranger", Role.LEARNER, this.kitchen, otherLead.id());
		LocalDateTime lastWeek = LocalDateTime.now(ZoneOffset.UTC).minusDays(7);
		long course = version.courseId();
		long v = version.versionId();
		// Kitchen, the lead's team: Ada best (3 points); Bea worst (0) and one left
		// unanswered (0).
		this.fixtures.attempt(this.ada, course, v, 1, lastWeek, this.scenario.id(), best);
		this.fixtures.attempt(bea, course, v, 1, lastWeek, this.scenario.id(), worst, null);
		// Bar: Cy best last week (3), worst two years ago (0); an attempt in progress,
		// never counted.
		this.fixtures.attempt(cy, course, v, 1, lastWeek, this.scenario.id(), best);
		this.fixtures.attempt(cy, course, v, 2, lastWeek.minusYears(2), this.scenario.id(), worst);
		this.fixtures.attempt(cy, course, v, 3, null, this.scenario.id(), worst, worst);
		// Kitchen, another manager's report: worst (0).
		this.fixtures.attempt(this.stranger, course, v, 1, lastWeek, this.scenario.id(), worst);
	}

	@Test
	void managerSeesTheMeanCreditOfTheirTeamPerDepartmentAndTraitWithAnswersAndPeople() {
		TraitResults results = SignedIn.as(this.lead.email(),
				() -> this.traitResults.results(TraitPeriod.LAST_12_MONTHS), Roles.MANAGER);

		assertThat(results.teamOnly()).isTrue();
		assertThat(results.teams()).extracting(Team::department).containsExactly(this.bar, this.kitchen);
		// Kitchen: (3 + 0 + 0) points of 3 x 3 answers = 33 %, from Ada and Bea.
		assertThat(cell(results, this.kitchen)).isEqualTo(new Cell(this.trait, 3, 3, 2));
		assertThat(cell(results, this.kitchen).percent()).isEqualTo(33);
		// Bar: 3 of 3 = 100 %; the old attempt is outside the last 12 months.
		assertThat(cell(results, this.bar).percent()).isEqualTo(100);
		// The team: 6 points of 3 x 4 answers = 50 %, from three people.
		Cell total = results.total()
			.cells()
			.stream()
			.filter((cell) -> cell.traitCode().equals(this.trait))
			.findFirst()
			.orElseThrow();
		assertThat(total).isEqualTo(new Cell(this.trait, 6, 4, 3));
		assertThat(total.percent()).isEqualTo(50);
		assertThat(results.traits()).extracting(TraitResults.Trait::code).contains(this.trait);
		assertThat(results.total().cells()).filteredOn((cell) -> !this.scenario.traits().contains(cell.traitCode()))
			.allSatisfy((cell) -> assertThat(cell.answers()).isZero());
	}

	@Test
	void hrSeesEveryoneInTheDepartmentAndOlderAnswersOverAllTime() {
		TraitResults recent = SignedIn.as(ReportFixtures.ADMIN,
				() -> this.traitResults.results(TraitPeriod.LAST_12_MONTHS), Roles.HR);
		TraitResults allTime = SignedIn.as(ReportFixtures.ADMIN, () -> this.traitResults.results(TraitPeriod.ALL_TIME),
				Roles.HR);

		assertThat(recent.teamOnly()).isFalse();
		// Kitchen with the stranger: 3 of 3 x 4 = 25 %, from three people.
		assertThat(cell(recent, this.kitchen)).isEqualTo(new Cell(this.trait, 3, 4, 3));
		assertThat(cell(recent, this.kitchen).percent()).isEqualTo(25);
		// Bar over all time: 3 of 3 x 2 = 50 %, one person.
		assertThat(cell(allTime, this.bar)).isEqualTo(new Cell(this.trait, 3, 2, 1));
		assertThat(cell(allTime, this.bar).percent()).isEqualTo(50);
	}

	@Test
	void managerSeesOnlyTheirTeamInTheTraitCsv() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		SignedIn.run(this.lead.email(), () -> this.traitResults.writeCsv(TraitPeriod.LAST_12_MONTHS, out),
				Roles.MANAGER);

		String traitName = this.bank.traitNames().get(this.trait);
		assertThat(out.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"))
			.startsWith("Team,Service trait,Mean credit (%),Answers,People")
			.contains(this.bar + "," + traitName + ",100,1,1", this.kitchen + "," + traitName + ",33,3,2",
					"Your team," + traitName + ",50,4,3")
			.noneSatisfy((line) -> assertThat(line).contains(",25,4,3"));
	}

	@Test
	void managerSeesTheCompletionsOfTheirTeamPerMonthForTheLastTwelveMonthsWithoutWithdrawnOnes() {
		long course = this.bank.courseId(COURSE).orElseThrow();
		YearMonth now = YearMonth.now();
		this.fixtures.completion(this.ada, course, now.atDay(1).atTime(12, 0));
		this.fixtures.completion(this.ada, course, now.minusMonths(3).atDay(15).atTime(12, 0));
		this.fixtures.completion(this.ada, course, now.minusMonths(3).atDay(16).atTime(12, 0));
		this.fixtures.completion(this.ada, null, now.minusMonths(3).atDay(16).atTime(12, 0));
		this.fixtures.completion(this.ada, course, now.minusMonths(12).atDay(15).atTime(12, 0));
		this.fixtures.completion(this.stranger, course, now.atDay(1).atTime(12, 0));
		this.fixtures.completion(this.ada, course, now.atDay(1).atTime(13, 0), now.atDay(1).atTime(14, 0));

		List<CompletionMonth> months = SignedIn.as(this.lead.email(), this.trend::lastTwelveMonths, Roles.MANAGER);

		assertThat(months).hasSize(12).first().isEqualTo(new CompletionMonth(now.minusMonths(11), 0));
		assertThat(months).filteredOn((month) -> month.completions() > 0)
			.containsExactly(new CompletionMonth(now.minusMonths(3), 2), new CompletionMonth(now, 1));
	}

	@Test
	void learnerIsRefusedTraitResultsAndTheTrend() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> SignedIn.as(this.ada.email(),
				() -> this.traitResults.results(TraitPeriod.ALL_TIME), Roles.LEARNER));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> SignedIn.as(this.ada.email(), this.trend::lastTwelveMonths, Roles.LEARNER));
	}

	private Cell cell(TraitResults results, String department) {
		return results.teams()
			.stream()
			.filter((team) -> department.equals(team.department()))
			.flatMap((team) -> team.cells().stream())
			.filter((cell) -> cell.traitCode().equals(this.trait))
			.findFirst()
			.orElseThrow();
	}

	private long option(int rating) {
		return this.scenario.options()
			.stream()
			.filter((option) -> option.rating() == rating)
			.map(BankOption::id)
			.findFirst()
			.orElseThrow();
	}

	private PersonDetails person(String handle, Role role, String department, Long managerId) {
		return this.fixtures.person(handle + "-" + this.id, handle + " " + this.id, role, department, managerId);
	}

}
