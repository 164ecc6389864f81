package org.servewell.learning;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.PersonProgress.Status;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.AssignmentStandings;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestLearners;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Progress figures against a real database: who stands where, the totals per course, and
 * a manager's view limited to their team. Subclasses choose the database. Tests commit,
 * so each uses new people.
 */
@SpringBootTest
abstract class ProgressTests {

	static final String ADMIN = "first-admin@test.servewell.org";

	static final String COURSE = "first-time-every-time";

	@Autowired
	PeopleService people;

	@Autowired
	AssignmentService assignments;

	@Autowired
	LearnerService learner;

	@Autowired
	AttemptService attempts;

	@Autowired
	CourseBank bank;

	@Autowired
	ProgressService progress;

	@Autowired
	CompletionRepository completions;

	@Autowired
	AssignmentStandings standings;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void each_person_and_the_course_totals_show_complete_expired_in_progress_not_started_and_overdue_alike_for_manager_and_hr() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now();
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		PersonDetails lead = person("lead-" + id, "Lead " + id, Role.MANAGER, null, null);
		PersonDetails ada = person("ada-" + id, "Ada " + id, Role.LEARNER, "Kitchen " + id, lead.id());
		PersonDetails bea = person("bea-" + id, "Bea " + id, Role.LEARNER, "Front desk " + id, lead.id());
		PersonDetails cy = person("cy-" + id, "Cy " + id, Role.LEARNER, "Kitchen " + id, lead.id());
		PersonDetails dee = person("dee-" + id, "Dee " + id, Role.LEARNER, "Front desk " + id, lead.id());
		PersonDetails eve = person("eve-" + id, "Eve " + id, Role.LEARNER, null, lead.id());
		PersonDetails fay = person("fay-" + id, "Fay " + id, Role.LEARNER, "Kitchen " + id, lead.id());
		PersonDetails stranger = person("stranger-" + id, "Stranger " + id, Role.LEARNER, "Kitchen " + id, null);
		assign(ada, today.minusDays(3));
		assign(bea, today.plusDays(10));
		assign(cy, today.minusDays(1));
		assign(dee, today.minusDays(5));
		assign(eve, null);
		assign(fay, today.plusDays(2));
		assign(stranger, today.minusDays(5));
		complete(ada, version);
		SignedIn.run(bea.email(), () -> this.learner.markRead(COURSE, 1), Roles.LEARNER);
		SignedIn.run(cy.email(), () -> this.attempts.startOrResume(COURSE), Roles.LEARNER);
		complete(fay, version);
		Completion expired = this.completions
			.findFirstByPersonIdAndCourseIdOrderByCompletedAtDesc(fay.id(), version.courseId())
			.orElseThrow();
		this.completions.save(expired.expiringOn(today));
		this.transactions.executeWithoutResult((status) -> this.standings.recompute(fay.id(), version.courseId()));

		List<PersonProgress> team = SignedIn.as(lead.email(), () -> this.progress.course(COURSE), Roles.MANAGER);
		List<CourseProgress> teamTotals = SignedIn.as(lead.email(), this.progress::courses, Roles.MANAGER);
		List<PersonProgress> everyone = SignedIn.as(ADMIN, () -> this.progress.course(COURSE), Roles.ADMIN);
		List<CourseProgress> everyoneTotals = SignedIn.as(ADMIN, this.progress::courses, Roles.ADMIN);

		assertThat(team).extracting(PersonProgress::name, PersonProgress::department, PersonProgress::dueDate,
				PersonProgress::status, PersonProgress::overdue, PersonProgress::attempts, PersonProgress::bestScore)
			.containsExactlyInAnyOrder(
					tuple("Ada " + id, "Kitchen " + id, today.minusDays(3), Status.COMPLETE, false, 1, 100),
					tuple("Bea " + id, "Front desk " + id, today.plusDays(10), Status.IN_PROGRESS, false, 0, null),
					tuple("Cy " + id, "Kitchen " + id, today.minusDays(1), Status.IN_PROGRESS, true, 1, null),
					tuple("Dee " + id, "Front desk " + id, today.minusDays(5), Status.NOT_STARTED, true, 0, null),
					tuple("Eve " + id, null, null, Status.NOT_STARTED, false, 0, null),
					tuple("Fay " + id, "Kitchen " + id, today.plusDays(2), Status.EXPIRED, false, 1, 100));
		assertThat(teamTotals).singleElement().isEqualTo(new CourseProgress(COURSE, version.title(), 6, 2, 2, 1, 1, 2));
		assertThat(everyone).as("HR sees the team's rows exactly as their manager does, and the stranger")
			.containsAll(team)
			.extracting(PersonProgress::personId)
			.contains(stranger.id());
		assertThat(everyoneTotals).filteredOn((course) -> course.courseCode().equals(COURSE))
			.singleElement()
			.as("HR's totals count the same rows HR sees")
			.isEqualTo(new CourseProgress(COURSE, version.title(), everyone.size(), count(everyone, Status.NOT_STARTED),
					count(everyone, Status.IN_PROGRESS), count(everyone, Status.COMPLETE),
					count(everyone, Status.EXPIRED), (int) everyone.stream().filter(PersonProgress::overdue).count()));
		assertThat(SignedIn.as(lead.email(), () -> this.progress.person(ada.id()), Roles.MANAGER))
			.containsExactly(team.stream().filter((row) -> row.personId() == ada.id()).findFirst().orElseThrow());
	}

	@Test
	void a_course_done_before_it_was_assigned_counts_as_complete_whether_assigned_by_hand_or_by_a_rule() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		PersonDetails lead = person("lead-" + id, "Lead " + id, Role.MANAGER, null, null);
		PersonDetails early = person("early-" + id, "Early " + id, Role.LEARNER, "Early " + id, lead.id());
		PersonDetails keen = person("keen-" + id, "Keen " + id, Role.LEARNER, "Keen " + id, lead.id());
		PersonDetails reader = person("reader-" + id, "Reader " + id, Role.LEARNER, "Keen " + id, lead.id());
		complete(early, version);
		complete(keen, version);
		SignedIn.run(reader.email(), () -> this.learner.markRead(COURSE, 1), Roles.LEARNER);

		assign(early, LocalDate.now().minusDays(3));
		int ruled = SignedIn.as(ADMIN,
				() -> this.assignments.createRule(new RuleForm("Keen " + id, null, null, COURSE, 14)), Roles.ADMIN);

		assertThat(ruled).isEqualTo(2);
		assertThat(SignedIn.as(lead.email(), () -> this.progress.course(COURSE), Roles.MANAGER))
			.extracting(PersonProgress::name, PersonProgress::status, PersonProgress::overdue)
			.containsExactlyInAnyOrder(tuple("Early " + id, Status.COMPLETE, false),
					tuple("Keen " + id, Status.COMPLETE, false), tuple("Reader " + id, Status.IN_PROGRESS, true));
	}

	@Test
	void manager_never_sees_anyone_outside_their_team_on_any_page_in_any_order_or_in_any_count() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		PersonDetails lead = person("lead-" + id, "Lead " + id, Role.MANAGER, null, null);
		PersonDetails otherLead = person("other-lead-" + id, "Other lead " + id, Role.MANAGER, null, null);
		List<Long> team = new java.util.ArrayList<>();
		for (int i = 0; i < 7; i++) {
			PersonDetails report = person("report-" + i + "-" + id, "Report " + i + " " + id, Role.LEARNER,
					(i % 2 == 0) ? "Kitchen " + id : null, lead.id());
			assign(report, (i % 3 == 0) ? null : LocalDate.now().plusDays(i));
			team.add(report.id());
		}
		List<Long> strangers = new java.util.ArrayList<>();
		for (int i = 0; i < 3; i++) {
			PersonDetails stranger = person("stranger-" + i + "-" + id, "Report " + i + " " + id + " elsewhere",
					Role.LEARNER, "Kitchen " + id, (i == 0) ? null : otherLead.id());
			assign(stranger, LocalDate.now().plusDays(i));
			strangers.add(stranger.id());
		}

		for (ProgressOrder order : ProgressOrder.values()) {
			for (boolean descending : List.of(false, true)) {
				List<Long> seen = new java.util.ArrayList<>();
				for (int offset = 0; offset < 12; offset += 3) {
					int from = offset;
					seen.addAll(SignedIn
						.as(lead.email(), () -> this.progress.coursePage(COURSE, order, descending, from, 3),
								Roles.MANAGER)
						.stream()
						.map(PersonProgress::personId)
						.toList());
				}
				assertThat(seen).as("%s %s", order, descending ? "descending" : "ascending")
					.containsExactlyInAnyOrderElementsOf(team);
			}
		}
		assertThat(SignedIn.as(lead.email(), () -> this.progress.coursePeopleCount(COURSE), Roles.MANAGER))
			.isEqualTo(7);
		assertThat(SignedIn.as(lead.email(), this.progress::courses, Roles.MANAGER)).singleElement()
			.satisfies((course) -> assertThat(course.assigned()).isEqualTo(7));
		assertThat(SignedIn.as(lead.email(), this.progress::scope, Roles.MANAGER)).isEqualTo(ProgressScope.TEAM);
		assertThat(SignedIn.as(otherLead.email(), () -> this.progress.coursePeopleCount(COURSE), Roles.MANAGER))
			.isEqualTo(2);
		for (long stranger : strangers) {
			assertThatExceptionOfType(LearningNotFoundException.class)
				.isThrownBy(() -> SignedIn.as(lead.email(), () -> this.progress.person(stranger), Roles.MANAGER));
		}
		assertThat(SignedIn.as(ADMIN, this.progress::scope, Roles.ADMIN)).isEqualTo(ProgressScope.EVERYONE);
		int everyone = SignedIn.as(ADMIN, () -> this.progress.coursePeopleCount(COURSE), Roles.ADMIN);
		assertThat(SignedIn.as(ADMIN, () -> this.progress.coursePage(COURSE, ProgressOrder.NAME, false, 0, everyone),
				Roles.ADMIN))
			.extracting(PersonProgress::personId)
			.containsAll(team)
			.containsAll(strangers)
			.doesNotHaveDuplicates();
	}

	private static int count(List<PersonProgress> rows, Status status) {
		return (int) rows.stream().filter((row) -> row.status() == status).count();
	}

	PersonDetails person(String handle, String name, Role role, String department, Long managerId) {
		return SignedIn.as(ADMIN,
				() -> this.people.createPerson(new PersonForm(handle + "@test.servewell.org", name, Set.of(role),
						department, null, LocalDate.of(2020, 1, 1), managerId, true, null), "a long test password"),
				Roles.ADMIN);
	}

	void assign(PersonDetails person, LocalDate dueDate) {
		SignedIn.run(ADMIN, () -> this.assignments.assignCourse(person.id(), COURSE, dueDate), Roles.ADMIN);
	}

	/** Reads every lesson and passes the quiz with the best answers. */
	private void complete(PersonDetails person, BankVersion version) {
		TestLearners.completeWithBestAnswers(this.learner, this.attempts, person.email(), COURSE, version);
	}

}
