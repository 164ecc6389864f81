package org.servewell.reporting;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.AttemptService;
import org.servewell.learning.LearnerService;
import org.servewell.people.PersonDetails;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.reporting.OverdueRow.LastReminder;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestLearners;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The overdue and due-soon list against a real database, with hand-made people,
 * assignments and reminders: who is on it, days overdue and left, the last reminder, and
 * a manager's view (page, count and CSV) limited to their team. Subclasses choose the
 * database. Tests commit, so each makes new people in departments of its own.
 */
@SpringBootTest
abstract class OverdueReportTests {

	static final String COURSE = "first-time-every-time";

	@Autowired
	LearnerService learner;

	@Autowired
	AttemptService attempts;

	@Autowired
	CourseBank bank;

	@Autowired
	OverdueService overdue;

	@Autowired
	ReportFixtures fixtures;

	String id;

	String kitchen;

	String bar;

	PersonDetails lead;

	PersonDetails otherLead;

	PersonDetails ada;

	PersonDetails bea;

	PersonDetails cy;

	PersonDetails stranger;

	Instant reminded;

	String title;

	@BeforeEach
	void aTeamWithTrainingOverdueDueSoonAndDone() {
		this.id = UUID.randomUUID().toString().substring(0, 8);
		this.kitchen = "Kitchen " + this.id;
		this.bar = "Bar " + this.id;
		LocalDate today = LocalDate.now();
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		this.title = version.title();
		this.lead = person("lead", "Lead", Role.MANAGER, null, null);
		this.otherLead = person("other-lead", "Other lead", Role.MANAGER, null, null);
		this.ada = person("ada", "Ada", Role.LEARNER, this.kitchen, this.lead.id());
		this.bea = person("bea", "Bea", Role.LEARNER, this.bar, this.lead.id());
		this.cy = person("cy", "Cy", Role.LEARNER, this.kitchen, this.lead.id());
		PersonDetails dee = person("dee", "Dee", Role.LEARNER, this.kitchen, this.lead.id());
		PersonDetails eve = person("eve", "Eve", Role.LEARNER, this.kitchen, this.lead.id());
		PersonDetails fay = person("fay", "Fay", Role.LEARNER, this.kitchen, this.lead.id());
		PersonDetails gus = person("gus", "Gus", Role.LEARNER, this.kitchen, this.lead.id());
		this.stranger = person("stranger", "Stranger", Role.LEARNER, this.kitchen, this.otherLead.id());
		long adaAssignment = this.fixtures.assign(this.ada, COURSE, today.minusDays(5));
		this.fixtures.assign(this.bea, COURSE, today.plusDays(3));
		this.fixtures.assign(this.cy, COURSE, today.plusDays(10));
		this.fixtures.assign(dee, COURSE, today.minusDays(2));
		this.fixtures.assign(eve, COURSE, today);
		this.fixtures.assign(fay, COURSE, today.plusDays(31));
		this.fixtures.assign(gus, COURSE, null);
		this.fixtures.assign(this.stranger, COURSE, today.minusDays(8));
		TestLearners.completeWithBestAnswers(this.learner, this.attempts, dee.email(), COURSE, version);

		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		this.fixtures.notification(this.ada, "DUE_SOON", adaAssignment, "SENT", now.minusDays(10));
		this.fixtures.notification(this.ada, "OVERDUE", adaAssignment, "SENT", now.minusDays(2));
		this.fixtures.notification(this.ada, "OVERDUE", adaAssignment, "FAILED", now.minusHours(1));
		this.reminded = now.minusDays(2).toInstant(ZoneOffset.UTC);
	}

	@Test
	void overdueOnlyShowsOpenAssignmentsPastTheirDueDateMostOverdueFirstWithTheLastReminderSent() {
		OverdueFilter kitchenOverdue = new OverdueFilter(OverdueWindow.OVERDUE_ONLY, this.kitchen, null);

		List<OverdueRow> rows = SignedIn.as(ReportFixtures.ADMIN,
				() -> this.overdue.page(kitchenOverdue, OverdueOrder.DUE_DATE, false, 0, 50), Roles.HR);

		assertThat(rows)
			.extracting(OverdueRow::personName, OverdueRow::department, OverdueRow::courseTitle,
					OverdueRow::daysOverdue, OverdueRow::managerName, OverdueRow::lastReminder)
			.containsExactly(
					tuple(this.stranger.displayName(), this.kitchen, this.title, 8, this.otherLead.displayName(), null),
					tuple(this.ada.displayName(), this.kitchen, this.title, 5, this.lead.displayName(),
							new LastReminder("OVERDUE", this.reminded)));
		assertThat(SignedIn.as(ReportFixtures.ADMIN, () -> this.overdue.count(kitchenOverdue), Roles.HR)).isEqualTo(2);
	}

	@Test
	void theDueSoonWindowAddsWhatIsDueTodayAndInTheNextDaysButNotLaterOrCompleted() {
		List<String> within7 = namesOf(OverdueWindow.DUE_WITHIN_7_DAYS);
		List<String> within14 = namesOf(OverdueWindow.DUE_WITHIN_14_DAYS);
		List<String> within30 = namesOf(OverdueWindow.DUE_WITHIN_30_DAYS);

		assertThat(within7).containsExactly(name("Ada"), name("Eve"), name("Bea"));
		assertThat(within14).containsExactly(name("Ada"), name("Eve"), name("Bea"), name("Cy"));
		assertThat(within30).as("Fay is due in 31 days, Dee is complete, Gus has no due date").isEqualTo(within14);
		List<OverdueRow> rows = SignedIn.as(this.lead.email(), () -> this.overdue
			.page(new OverdueFilter(OverdueWindow.DUE_WITHIN_7_DAYS, null, null), OverdueOrder.DUE_DATE, false, 0, 50),
				Roles.MANAGER);
		assertThat(rows).extracting(OverdueRow::daysOverdue, OverdueRow::overdue)
			.containsExactly(tuple(5, true), tuple(0, false), tuple(-3, false));
	}

	@Test
	void managerSeesOnlyTheirTeamOnEveryPageInEveryOrderAndInTheCount() {
		OverdueFilter all = new OverdueFilter(OverdueWindow.DUE_WITHIN_30_DAYS, null, null);
		for (OverdueOrder order : OverdueOrder.values()) {
			for (boolean descending : List.of(false, true)) {
				List<String> seen = new java.util.ArrayList<>();
				for (int offset = 0; offset < 6; offset += 2) {
					int from = offset;
					SignedIn
						.as(this.lead.email(), () -> this.overdue.page(all, order, descending, from, 2), Roles.MANAGER)
						.forEach((row) -> seen.add(row.personName()));
				}
				assertThat(seen).as("%s %s", order, descending)
					.containsExactlyInAnyOrder(name("Ada"), name("Bea"), name("Cy"), name("Eve"));
			}
		}
		assertThat(SignedIn.as(this.lead.email(), () -> this.overdue.count(all), Roles.MANAGER)).isEqualTo(4);
		assertThat(SignedIn.as(this.lead.email(),
				() -> this.overdue
					.count(new OverdueFilter(OverdueWindow.DUE_WITHIN_30_DAYS, null, this.otherLead.id())),
				Roles.MANAGER))
			.as("another manager's team, asked for by id")
			.isZero();
		OverdueChoices choices = SignedIn.as(this.lead.email(), this.overdue::choices, Roles.MANAGER);
		assertThat(choices.teamOnly()).isTrue();
		assertThat(choices.departments()).containsExactly(this.bar, this.kitchen);
		assertThat(choices.managers()).isEmpty();
	}

	@Test
	void managerSeesOnlyTheirTeamInTheOverdueCsv() {
		OverdueFilter overdueOnly = OverdueFilter.overdueOnly();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		SignedIn.run(this.lead.email(), () -> this.overdue.writeCsv(overdueOnly, OverdueOrder.DUE_DATE, false, out),
				Roles.MANAGER);

		List<String> lines = Arrays.asList(out.toString(StandardCharsets.UTF_8).replace("\uFEFF", "").split("\r\n"));
		assertThat(lines).containsExactly(
				"Person,Department,Course,Due date,Days overdue,Manager,Last reminder,Last reminder sent (UTC)",
				String.join(",", name("Ada"), this.kitchen, csvCell(this.title),
						LocalDate.now().minusDays(5).toString(), "5", this.lead.displayName(), "OVERDUE",
						this.reminded.toString()));
	}

	@Test
	void hrFiltersByManagerAndTheCsvHoldsExactlyWhatTheFiltersShow() {
		OverdueFilter strangersTeam = new OverdueFilter(OverdueWindow.DUE_WITHIN_30_DAYS, this.kitchen,
				this.otherLead.id());
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		SignedIn.run(ReportFixtures.ADMIN,
				() -> this.overdue.writeCsv(strangersTeam, OverdueOrder.DUE_DATE, false, out), Roles.HR);

		String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[1]).startsWith(this.stranger.displayName() + "," + this.kitchen);
		OverdueChoices choices = SignedIn.as(ReportFixtures.ADMIN, this.overdue::choices, Roles.HR);
		assertThat(choices.teamOnly()).isFalse();
		assertThat(choices.departments()).contains(this.bar, this.kitchen);
		assertThat(choices.managers()).contains(new OverdueChoices.Manager(this.lead.id(), this.lead.displayName()),
				new OverdueChoices.Manager(this.otherLead.id(), this.otherLead.displayName()));
	}

	@Test
	void learnerIsRefusedTheOverdueList() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> SignedIn.as(this.ada.email(),
				() -> this.overdue.count(OverdueFilter.overdueOnly()), Roles.LEARNER));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> SignedIn.run(this.ada.email(), () -> this.overdue.writeCsv(OverdueFilter.overdueOnly(),
					OverdueOrder.DUE_DATE, false, new ByteArrayOutputStream()), Roles.LEARNER));
	}

	private List<String> namesOf(OverdueWindow window) {
		return SignedIn
			.as(this.lead.email(),
					() -> this.overdue.page(new OverdueFilter(window, null, null), OverdueOrder.DUE_DATE, false, 0, 50),
					Roles.MANAGER)
			.stream()
			.map(OverdueRow::personName)
			.toList();
	}

	private String name(String first) {
		return first + " " + this.id;
	}

	private static String csvCell(String text) {
		return text.contains(",") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	private PersonDetails person(String handle, String first, Role role, String department, Long managerId) {
		return this.fixtures.person(handle + "-" + this.id, name(first), role, department, managerId);
	}

}
