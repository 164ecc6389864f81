package org.servewell.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.domain.AssignmentStandings;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The completion matrix against a real database, on hand-made people whose every state is
 * known: a manager's team of four and someone else's report in the same department.
 * Subclasses choose the database. Tests commit, so each makes new people and departments.
 */
@SpringBootTest
abstract class CompletionMatrixTests {

	static final String ADMIN = "first-admin@test.servewell.org";

	static final String FIRST = "first-time-every-time";

	static final String SECOND = "what-customers-expect";

	final LocalDate today = LocalDate.now();

	@Autowired
	PeopleService people;

	@Autowired
	AssignmentService assignments;

	@Autowired
	CourseBank bank;

	@Autowired
	CompletionMatrixService matrix;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	AssignmentStandings standings;

	String id;

	PersonDetails lead;

	PersonDetails otherLead;

	PersonDetails ada;

	PersonDetails bea;

	PersonDetails cy;

	PersonDetails dee;

	PersonDetails eve;

	/**
	 * Ada (Kitchen, cook): first complete, second overdue. Bea (Front desk, host): first
	 * in progress, second not started. Cy (Kitchen, cook): first expired, second complete
	 * and renewable. Dee (no department): first overdue. Eve (Kitchen, another
	 * manager's): first overdue.
	 */
	@BeforeEach
	void makeATeam() {
		this.id = UUID.randomUUID().toString().substring(0, 8);
		this.lead = person("lead", Role.MANAGER, null, null, null);
		this.otherLead = person("other-lead", Role.MANAGER, null, null, null);
		this.ada = person("ada", Role.LEARNER, kitchen(), cook(), this.lead.id());
		this.bea = person("bea", Role.LEARNER, "Front desk " + this.id, "Host " + this.id, this.lead.id());
		this.cy = person("cy", Role.LEARNER, kitchen(), cook(), this.lead.id());
		this.dee = person("dee", Role.LEARNER, null, null, this.lead.id());
		this.eve = person("eve", Role.LEARNER, kitchen(), cook(), this.otherLead.id());
		assign(this.ada, FIRST, this.today.minusDays(20));
		completed(this.ada, FIRST, this.today.minusDays(10), null);
		assign(this.ada, SECOND, this.today.minusDays(3));
		assign(this.bea, FIRST, this.today.plusDays(10));
		lessonRead(this.bea, FIRST);
		assign(this.bea, SECOND, this.today.plusDays(20));
		assign(this.cy, FIRST, this.today.minusDays(400));
		completed(this.cy, FIRST, this.today.minusDays(380), this.today.minusDays(15));
		assign(this.cy, SECOND, this.today.plusDays(5));
		completed(this.cy, SECOND, this.today.minusDays(2), this.today.plusDays(363));
		assign(this.dee, FIRST, this.today.minusDays(5));
		assign(this.eve, FIRST, this.today.minusDays(2));
	}

	@Test
	void eachStateAppearsInTheRightCellWithTheDateThatMatters() {
		List<MatrixRow> rows = asLead(() -> this.matrix.page(MatrixFilter.none(), MatrixOrder.NAME, false, 0, 50));

		assertThat(rows).extracting(MatrixRow::name).containsExactly(name("ada"), name("bea"), name("cy"), name("dee"));
		assertThat(cells(rows)).containsExactly(tuple(name("ada"), FIRST, CellState.COMPLETE, this.today.minusDays(10)),
				tuple(name("ada"), SECOND, CellState.OVERDUE, this.today.minusDays(3)),
				tuple(name("bea"), FIRST, CellState.IN_PROGRESS, this.today.plusDays(10)),
				tuple(name("bea"), SECOND, CellState.NOT_STARTED, this.today.plusDays(20)),
				tuple(name("cy"), FIRST, CellState.EXPIRED, this.today.minusDays(15)),
				tuple(name("cy"), SECOND, CellState.COMPLETE, this.today.minusDays(2)),
				tuple(name("dee"), FIRST, CellState.OVERDUE, this.today.minusDays(5)));
		assertThat(rows.get(2).cell(SECOND)).hasValueSatisfying(
				(cell) -> assertThat(cell.expiresOn()).as("renewal date").isEqualTo(this.today.plusDays(363)));
		assertThat(rows.get(3).cell(SECOND)).as("not assigned").isEmpty();
		assertThat(rows.get(0)).extracting(MatrixRow::department, MatrixRow::manager, MatrixRow::email)
			.containsExactly(kitchen(), name("lead"), this.ada.email());
	}

	@Test
	void a_withdrawn_completion_leaves_the_cell_as_it_stood_before_with_its_due_date() {
		completed(this.dee, FIRST, this.today.minusDays(1), null, this.today.atTime(9, 0));

		List<MatrixRow> rows = asLead(() -> this.matrix.page(MatrixFilter.none(), MatrixOrder.NAME, false, 0, 50));

		assertThat(cells(rows)).contains(tuple(name("dee"), FIRST, CellState.OVERDUE, this.today.minusDays(5)));
		assertThat(rows.get(3).cell(FIRST)).hasValueSatisfying(
				(cell) -> assertThat(cell.completedOn()).as("no date of the withdrawn completion").isNull());
	}

	@Test
	void totalsPerPersonAndPerCourseCountTheRowsShown() {
		MatrixSummary summary = asLead(() -> this.matrix.summary(MatrixFilter.none()));
		List<MatrixRow> rows = asLead(() -> this.matrix.page(MatrixFilter.none(), MatrixOrder.NAME, false, 0, 50));

		assertThat(summary.people()).isEqualTo(4);
		assertThat(summary.courses()).extracting(MatrixCourse::code).containsExactlyInAnyOrder(FIRST, SECOND);
		assertThat(summary.totals(FIRST)).contains(new ColumnTotals(FIRST, 0, 1, 1, 1, 1));
		assertThat(summary.totals(SECOND)).contains(new ColumnTotals(SECOND, 1, 0, 1, 1, 0));
		assertThat(rows).extracting(MatrixRow::assigned, MatrixRow::complete, MatrixRow::overdue)
			.containsExactly(tuple(2, 1, 1), tuple(2, 0, 0), tuple(2, 1, 0), tuple(1, 0, 1));
	}

	@Test
	void overdueFilterShowsWholeRowsOfPeopleWithAnOverdueCourseAndTheCsvOnlyTheOverdueCells() {
		MatrixFilter overdue = MatrixFilter.none().withStatus(CellState.OVERDUE);

		List<MatrixRow> rows = asLead(() -> this.matrix.page(overdue, MatrixOrder.NAME, false, 0, 50));
		MatrixSummary summary = asLead(() -> this.matrix.summary(overdue));
		List<CSVRecord> csv = csv(this.lead, overdue);

		assertThat(rows).extracting(MatrixRow::name).containsExactly(name("ada"), name("dee"));
		assertThat(rows.get(0).cells()).as("the whole row").hasSize(2);
		assertThat(summary.people()).isEqualTo(2);
		assertThat(summary.totals(FIRST)).contains(new ColumnTotals(FIRST, 0, 0, 1, 1, 0));
		assertThat(csv)
			.extracting((line) -> line.get("Person"), (line) -> line.get("Course code"), (line) -> line.get("State"),
					(line) -> line.get("Due date"))
			.containsExactly(tuple(name("ada"), SECOND, "Overdue", this.today.minusDays(3).toString()),
					tuple(name("dee"), FIRST, "Overdue", this.today.minusDays(5).toString()));
	}

	@Test
	void dueWindowShowsPeopleWithACourseDueInItAndTheCsvOnlyThoseCells() {
		MatrixFilter window = new MatrixFilter(null, null, null, null, null, this.today.plusDays(5),
				this.today.plusDays(15));

		List<MatrixRow> rows = asLead(() -> this.matrix.page(window, MatrixOrder.NAME, false, 0, 50));
		List<CSVRecord> csv = csv(this.lead, window);

		assertThat(rows).extracting(MatrixRow::name).containsExactly(name("bea"), name("cy"));
		assertThat(csv)
			.extracting((line) -> line.get("Person"), (line) -> line.get("Course code"), (line) -> line.get("State"))
			.containsExactly(tuple(name("bea"), FIRST, "In progress"), tuple(name("cy"), SECOND, "Complete"));
		assertThat(csv.get(1).get("Completed on")).isEqualTo(this.today.minusDays(2).toString());
		assertThat(csv.get(1).get("Expires on")).isEqualTo(this.today.plusDays(363).toString());
	}

	@Test
	void departmentJobRoleAndManagerFiltersChoosePeople() {
		MatrixFilter kitchen = new MatrixFilter(kitchen(), null, null, null, null, null, null);
		MatrixFilter cooks = new MatrixFilter(null, null, cook(), null, null, null, null);
		MatrixFilter otherTeam = new MatrixFilter(null, this.otherLead.id(), null, null, null, null, null);

		assertThat(SignedIn.as(ADMIN, () -> this.matrix.page(kitchen, MatrixOrder.NAME, false, 0, 50), Roles.ADMIN))
			.extracting(MatrixRow::name)
			.containsExactly(name("ada"), name("cy"), name("eve"));
		assertThat(asLead(() -> this.matrix.page(kitchen, MatrixOrder.NAME, false, 0, 50)))
			.as("the manager's view of the same department")
			.extracting(MatrixRow::name)
			.containsExactly(name("ada"), name("cy"));
		assertThat(asLead(() -> this.matrix.page(cooks, MatrixOrder.NAME, false, 0, 50))).extracting(MatrixRow::name)
			.containsExactly(name("ada"), name("cy"));
		assertThat(SignedIn.as(ADMIN, () -> this.matrix.page(otherTeam, MatrixOrder.NAME, false, 0, 50), Roles.ADMIN))
			.extracting(MatrixRow::name)
			.containsExactly(name("eve"));
	}

	@Test
	void pathFilterShowsPeopleOnThePathWithThePathsCoursesAsColumns() {
		PersonDetails fay = person("fay", Role.LEARNER, kitchen(), null, this.lead.id());
		SignedIn.run(ADMIN, () -> this.assignments.assignPath(fay.id(), "front-line-onboarding"), Roles.ADMIN);
		MatrixFilter path = new MatrixFilter(null, null, null, "front-line-onboarding", null, null, null);

		MatrixSummary summary = asLead(() -> this.matrix.summary(path));
		List<MatrixRow> rows = asLead(() -> this.matrix.page(path, MatrixOrder.NAME, false, 0, 50));

		assertThat(summary.courses()).extracting(MatrixCourse::code)
			.containsExactly(FIRST, SECOND, "brilliant-or-careless", "dignity-for-everyone");
		assertThat(rows).extracting(MatrixRow::name).containsExactly(name("fay"));
		assertThat(rows.get(0).cells()).hasSize(4)
			.allSatisfy((cell) -> assertThat(cell.state()).as("due days after a start date in 2020")
				.isEqualTo(CellState.OVERDUE));
	}

	@Test
	void pagesInEveryOrderHoldEachPersonOnceAndInOrder() {
		for (MatrixOrder order : MatrixOrder.values()) {
			for (boolean descending : List.of(false, true)) {
				List<String> seen = new ArrayList<>();
				for (int offset = 0; offset < 6; offset += 2) {
					int from = offset;
					asLead(() -> this.matrix.page(MatrixFilter.none(), order, descending, from, 2)).stream()
						.map(MatrixRow::name)
						.forEach(seen::add);
				}
				assertThat(seen).as("%s %s", order, descending ? "descending" : "ascending")
					.containsExactlyInAnyOrder(name("ada"), name("bea"), name("cy"), name("dee"));
				List<String> again = asLead(() -> this.matrix.page(MatrixFilter.none(), order, descending, 0, 4))
					.stream()
					.map(MatrixRow::name)
					.toList();
				assertThat(again).as("one page of all in the same order").isEqualTo(seen);
			}
		}
		assertThat(asLead(() -> this.matrix.page(MatrixFilter.none(), MatrixOrder.OVERDUE, true, 0, 4)))
			.extracting(MatrixRow::name)
			.containsExactly(name("ada"), name("dee"), name("bea"), name("cy"));
		assertThat(asLead(() -> this.matrix.page(MatrixFilter.none(), MatrixOrder.DEPARTMENT, false, 0, 4)))
			.extracting(MatrixRow::name)
			.as("no department last")
			.containsExactly(name("bea"), name("ada"), name("cy"), name("dee"));
	}

	@Test
	void managerSeesOnlyTheirReportsInThePageAndTheTotals() {
		MatrixFilter kitchen = new MatrixFilter(kitchen(), null, null, null, null, null, null);

		MatrixSummary team = asLead(() -> this.matrix.summary(kitchen));
		MatrixSummary other = SignedIn.as(this.otherLead.email(), () -> this.matrix.summary(kitchen), Roles.MANAGER);

		assertThat(team.people()).isEqualTo(2);
		assertThat(team.totals(FIRST)).contains(new ColumnTotals(FIRST, 0, 0, 1, 0, 1));
		assertThat(other.people()).isEqualTo(1);
		assertThat(other.totals(FIRST)).contains(new ColumnTotals(FIRST, 0, 0, 0, 1, 0));
		assertThat(asLead(() -> this.matrix.choices().managers())).extracting((choice) -> choice.id())
			.containsExactly(this.lead.id());
	}

	@Test
	void managerSeesOnlyTheirReportsInTheCsv() {
		List<CSVRecord> lead = csv(this.lead, MatrixFilter.none());
		List<CSVRecord> other = csv(this.otherLead, MatrixFilter.none());

		assertThat(lead).extracting((line) -> line.get("Email"))
			.containsOnly(this.ada.email(), this.bea.email(), this.cy.email(), this.dee.email())
			.hasSize(7);
		assertThat(other).extracting((line) -> line.get("Email")).containsExactly(this.eve.email());
		assertThat(other.get(0).get("Manager")).isEqualTo(name("other-lead"));
		assertThat(other.get(0).get("Department")).isEqualTo(kitchen());
	}

	@Test
	void learnerIsRefused() {
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> SignedIn.as(this.ada.email(),
				() -> this.matrix.page(MatrixFilter.none(), MatrixOrder.NAME, false, 0, 10), Roles.LEARNER));
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> SignedIn.run(this.ada.email(),
				() -> this.matrix.writeCsv(MatrixFilter.none(), new ByteArrayOutputStream()), Roles.LEARNER));
	}

	@Test
	void invalidFiltersAreRefusedWithAClearMessage() {
		MatrixFilter backwards = new MatrixFilter(null, null, null, null, null, this.today, this.today.minusDays(1));
		MatrixFilter noSuchDepartment = new MatrixFilter("Nowhere " + this.id, null, null, null, null, null, null);
		MatrixFilter noSuchPath = new MatrixFilter(null, null, null, "no-such-path", null, null, null);

		assertThatExceptionOfType(InvalidReportFilterException.class)
			.isThrownBy(() -> asLead(() -> this.matrix.summary(backwards)))
			.withMessageContaining("Choose an end date on or after the start date");
		assertThatExceptionOfType(InvalidReportFilterException.class)
			.isThrownBy(() -> asLead(() -> this.matrix.count(noSuchDepartment)))
			.withMessage("There is no department called 'Nowhere " + this.id + "'. Choose a department from the list.");
		assertThatExceptionOfType(InvalidReportFilterException.class)
			.isThrownBy(() -> asLead(() -> this.matrix.page(noSuchPath, MatrixOrder.NAME, false, 0, 10)))
			.withMessage("There is no onboarding path 'no-such-path'. Choose a path from the list.");
		assertThatExceptionOfType(InvalidReportFilterException.class)
			.isThrownBy(() -> asLead(() -> this.matrix.page(MatrixFilter.none(), MatrixOrder.NAME, false, 0, 100000)))
			.withMessageContaining("Ask for up to");
	}

	@Test
	void a_manager_who_filters_by_another_managers_team_is_refused_as_that_is_no_one_they_can_see() {
		MatrixFilter askingForAnotherTeam = new MatrixFilter(null, this.otherLead.id(), null, null, null, null, null);
		String refusal = "The person with id " + this.otherLead.id()
				+ " is not a manager of anyone you can see. Choose a manager from the list.";

		assertThatExceptionOfType(InvalidReportFilterException.class)
			.isThrownBy(() -> asLead(() -> this.matrix.page(askingForAnotherTeam, MatrixOrder.NAME, false, 0, 50)))
			.withMessage(refusal);
		assertThatExceptionOfType(InvalidReportFilterException.class)
			.isThrownBy(() -> asLead(() -> this.matrix.summary(askingForAnotherTeam)))
			.withMessage(refusal);
		assertThatExceptionOfType(InvalidReportFilterException.class)
			.isThrownBy(() -> csv(this.lead, askingForAnotherTeam))
			.withMessage(refusal);
		assertThat(asLead(() -> this.matrix.page(new MatrixFilter(null, this.lead.id(), null, null, null, null, null),
				MatrixOrder.NAME, false, 0, 50)))
			.as("their own team, the one manager their list offers")
			.extracting(MatrixRow::name)
			.containsExactly(name("ada"), name("bea"), name("cy"), name("dee"));
	}

	@Test
	void filtering_by_a_person_who_manages_no_one_or_by_no_person_at_all_is_refused_with_a_clear_message() {
		MatrixFilter byAda = new MatrixFilter(null, this.ada.id(), null, null, null, null, null);
		long nobody = this.jdbc.sql("select coalesce(max(id), 0) + 1000 from person").query(Long.class).single();
		MatrixFilter byNobody = new MatrixFilter(null, nobody, null, null, null, null, null);

		assertThatExceptionOfType(InvalidReportFilterException.class)
			.isThrownBy(() -> SignedIn.as(ADMIN, () -> this.matrix.count(byAda), Roles.ADMIN))
			.withMessage("The person with id " + this.ada.id()
					+ " is not a manager of anyone you can see. Choose a manager from the list.");
		assertThatExceptionOfType(InvalidReportFilterException.class)
			.isThrownBy(() -> SignedIn.as(ADMIN, () -> this.matrix.count(byNobody), Roles.ADMIN))
			.withMessageContaining("is not a manager of anyone you can see");
		assertThat(SignedIn.as(ADMIN, () -> this.matrix.choices().managers(), Roles.ADMIN))
			.extracting((choice) -> choice.id())
			.contains(this.lead.id(), this.otherLead.id())
			.doesNotContain(this.ada.id());
	}

	<T> T asLead(java.util.function.Supplier<T> action) {
		return SignedIn.as(this.lead.email(), action::get, Roles.MANAGER);
	}

	List<CSVRecord> csv(PersonDetails manager, MatrixFilter filter) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SignedIn.run(manager.email(), () -> this.matrix.writeCsv(filter, out), Roles.MANAGER);
		String text = out.toString(StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF");
		try {
			return CSVFormat.RFC4180.builder()
				.setHeader()
				.setSkipHeaderRecord(true)
				.get()
				.parse(new StringReader(text.substring(1)))
				.getRecords();
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<Object> cells(List<MatrixRow> rows) {
		return rows.stream()
			.flatMap((row) -> row.cells()
				.stream()
				.map((cell) -> (Object) tuple(row.name(), cell.courseCode(), cell.state(), cell.date())))
			.toList();
	}

	String kitchen() {
		return "Kitchen " + this.id;
	}

	String cook() {
		return "Cook " + this.id;
	}

	String name(String handle) {
		return "Matrix " + handle + " " + this.id;
	}

	PersonDetails person(String handle, Role role, String department, String jobRole, Long managerId) {
		return SignedIn.as(ADMIN,
				() -> this.people.createPerson(
						new PersonForm(handle + "-" + this.id + "@test.servewell.org", name(handle), Set.of(role),
								department, jobRole, LocalDate.of(2020, 1, 1), managerId, true, null),
						"a long test password"),
				Roles.ADMIN);
	}

	void assign(PersonDetails person, String course, LocalDate dueDate) {
		SignedIn.run(ADMIN, () -> this.assignments.assignCourse(person.id(), course, dueDate), Roles.ADMIN);
	}

	/** A completion as the learning feature records it, on {@code day}. */
	void completed(PersonDetails person, String course, LocalDate day, LocalDate expiresOn) {
		completed(person, course, day, expiresOn, null);
	}

	/**
	 * A completion on {@code day} that HR withdrew at {@code withdrawnAt} (null: one that
	 * stands).
	 */
	void completed(PersonDetails person, String course, LocalDate day, LocalDate expiresOn, LocalDateTime withdrawnAt) {
		long courseId = this.bank.courseId(course).orElseThrow();
		long versionId = this.bank.newestVersion(courseId).orElseThrow().versionId();
		String number = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc
				.sql("""
						insert into completion (person_id, course_id, course_version_id, completed_at, learner_name,
						    achievement, expires_on, certificate_number, verification_code, withdrawn_at)
						values (:person, :course, :version, :at, :name, 'Course', :expires, :number, :code, :withdrawnAt)""")
				.param("person", person.id())
				.param("course", courseId)
				.param("version", versionId)
				.param("at", day.atTime(10, 0))
				.param("name", person.displayName())
				.param("expires", expiresOn)
				.param("number", number)
				.param("code", number.substring(0, 16))
				.param("withdrawnAt", withdrawnAt)
				.update();
			this.standings.recompute(person.id(), courseId);
		});
	}

	/** The learner read the first lesson of the course's newest version. */
	void lessonRead(PersonDetails person, String course) {
		long courseId = this.bank.courseId(course).orElseThrow();
		long versionId = this.bank.newestVersion(courseId).orElseThrow().versionId();
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.sql("""
					insert into lesson_read (person_id, course_version_id, lesson_number, read_at)
					values (:person, :version, 1, :at)""")
				.param("person", person.id())
				.param("version", versionId)
				.param("at", this.today.atTime(9, 0))
				.update();
			this.standings.recompute(person.id(), courseId);
		});
	}

}
