package org.servewell.people.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.RuleForm;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Employee import as HR and administrators meet it, against a real database: the preview
 * writes nothing, an import is all or nothing, assignment rules and the audit log see
 * imported people as people saved by hand. Tests commit; each uses emails, numbers and
 * departments of its own. Subclasses choose the database.
 */
@SpringBootTest
abstract class EmployeeImportTests {

	static final String ADMIN = TestPeople.ADMIN;

	@Autowired
	EmployeeImportService imports;

	@Autowired
	PeopleService people;

	@Autowired
	AssignmentService assignments;

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate transactions;

	@TempDir
	Path folder;

	String run;

	@BeforeEach
	void newRun() {
		this.run = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void preview_counts_created_changed_deactivated_and_unchanged_people_and_writes_nothing() {
		importAsAdmin("employee number,email,name,department,active\n" + n(1) + "," + e("stays") + ",Stays,Sales,yes\n"
				+ n(2) + "," + e("moves") + ",Moves,Sales,yes\n" + n(3) + "," + e("leaves") + ",Leaves,Sales,yes\n");

		ImportPreview preview = previewAs(ADMIN, Roles.ADMIN,
				"employee number,email,name,department,active\n" + n(1) + "," + e("stays") + ",Stays,Sales,yes\n" + n(2)
						+ "," + e("moves") + ",Moves,Kitchen " + this.run + ",\n" + n(3) + "," + e("leaves")
						+ ",Leaves,Sales,no\n" + n(4) + "," + e("joins") + ",Joins,Sales,\n");

		assertThat(preview.problems()).isEmpty();
		assertThat(List.of(preview.created(), preview.changed(), preview.deactivated(), preview.unchanged()))
			.containsExactly(1, 1, 1, 1);
		assertThat(preview.newDepartments()).containsExactly("Kitchen " + this.run);
		assertThat(preview.changes()).extracting(PersonChange::changes)
			.contains(List.of("department: Sales → Kitchen " + this.run));
		assertThat(person(e("joins"))).isEmpty();
		assertThat(person(e("moves")).orElseThrow().department()).isEqualTo("Sales");
		assertThat(person(e("leaves")).orElseThrow().enabled()).isTrue();
		assertThat(SignedIn.as(ADMIN, this.people::listDepartments, Roles.ADMIN)).doesNotContain("Kitchen " + this.run);
	}

	@Test
	void import_creates_new_people_as_learners_and_changes_the_others_matched_by_number_even_with_a_new_email() {
		importAsAdmin("employee number,email,name,job role\n" + n(1) + "," + e("old") + ",Old Name,Cook\n");

		ImportPreview result = importAsAdmin("employee number,email,name,job role,manager,start date\n" + n(1) + ","
				+ e("new") + ",New Name,Chef,,2027-01-04\n" + n(2) + "," + e("hire") + ",Hire," + "Commis," + n(1)
				+ ",2027-02-01\n");

		assertThat(result.created()).isEqualTo(1);
		assertThat(result.changed()).isEqualTo(1);
		assertThat(person(e("old"))).isEmpty();
		PersonDetails renamed = person(e("new")).orElseThrow();
		assertThat(renamed.displayName()).isEqualTo("New Name");
		assertThat(renamed.jobRole()).isEqualTo("Chef");
		PersonDetails hire = person(e("hire")).orElseThrow();
		assertThat(hire.roles()).containsExactly(Role.LEARNER);
		assertThat(hire.managerName()).isEqualTo("New Name");
		assertThat(hire.startDate()).hasToString("2027-02-01");
	}

	@Test
	void new_people_are_imported_with_managers_the_same_file_creates_whatever_the_order_of_the_rows() {
		ImportPreview result = importAsAdmin(
				"employee number,email,name,manager\n" + n(3) + "," + e("report") + ",Report," + n(2) + "\n" + n(2)
						+ "," + e("lead") + ",Lead," + e("head") + "\n" + n(1) + "," + e("head") + ",Head,\n");

		assertThat(result.created()).isEqualTo(3);
		assertThat(person(e("report")).orElseThrow().managerName()).isEqualTo("Lead");
		assertThat(person(e("lead")).orElseThrow().managerName()).isEqualTo("Head");
		assertThat(person(e("head")).orElseThrow().managerId()).isNull();
	}

	@Test
	void file_with_one_bad_row_is_refused_and_changes_nothing() {
		String csv = "email,name,start date\n" + e("good") + ",Good,2027-01-04\n" + e("bad") + ",Bad,31/12/2026\n";

		ImportPreview preview = previewAs(ADMIN, Roles.ADMIN, csv);
		assertThat(preview.importable()).isFalse();
		assertThatExceptionOfType(EmployeeImportRefusedException.class)
			.isThrownBy(() -> SignedIn.as(ADMIN, () -> this.imports.importEmployees(read(csv), ImportProgress.NONE),
					Roles.ADMIN))
			.satisfies((refused) -> assertThat(refused.importProblems()).extracting(ImportProblem::line)
				.containsExactly(3L));

		assertThat(person(e("good"))).isEmpty();
	}

	@Test
	void failure_in_the_middle_of_an_import_rolls_every_row_back() {
		String csv = "email,name,department\n" + e("one") + ",One,Rollback " + this.run + "\n" + e("two")
				+ ",Two,Rollback " + this.run + "\n";
		EmployeeFile file = read(csv);

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> SignedIn.as(ADMIN, () -> this.imports.importEmployees(file, (done, total) -> {
				throw new IllegalStateException("the screen went away after " + done + " rows");
			}), Roles.ADMIN));

		assertThat(person(e("one"))).isEmpty();
		assertThat(person(e("two"))).isEmpty();
		assertThat(SignedIn.as(ADMIN, this.people::listDepartments, Roles.ADMIN))
			.doesNotContain("Rollback " + this.run);
	}

	@Test
	void unknown_manager_own_manager_and_a_cycle_of_managers_are_listed_by_line() {
		ImportPreview preview = previewAs(ADMIN, Roles.ADMIN,
				"employee number,email,name,manager\n" + n(1) + "," + e("a") + ",A," + e("b") + "\n" + n(2) + ","
						+ e("b") + ",B," + n(1) + "\n" + n(3) + "," + e("c") + ",C," + e("nobody") + "\n" + n(4) + ","
						+ e("d") + ",D," + n(4) + "\n");

		assertThat(preview.problems()).extracting(ImportProblem::describe)
			.containsExactly(
					"line 4, manager: no person with email " + e("nobody")
							+ " in the file or in Servewell; add them to the file or correct the email.",
					"line 5, manager: a person cannot be their own manager.",
					"line 2, manager: this makes a cycle of managers: " + e("a") + " reports to " + e("b")
							+ " reports to " + e("a") + ".",
					"line 3, manager: this makes a cycle of managers: " + e("b") + " reports to " + e("a")
							+ " reports to " + e("b") + ".");
	}

	@Test
	void row_whose_number_belongs_to_one_person_and_email_to_another_is_listed() {
		importAsAdmin("employee number,email,name\n" + n(1) + "," + e("first") + ",First\n" + n(2) + "," + e("second")
				+ ",Second\n");

		ImportPreview preview = previewAs(ADMIN, Roles.ADMIN,
				"employee number,email,name\n" + n(1) + "," + e("second") + ",First\n");

		assertThat(preview.problems()).extracting(ImportProblem::describe)
			.containsExactly("line 2, email: " + e("second") + " already signs in as Second, not as employee " + n(1)
					+ " (First); correct one of them.");
	}

	@Test
	void hr_imports_staff_but_may_not_change_an_administrator_nor_anyone_deactivate_themself() {
		String hr = TestPeople.create(this.people, Role.HR);
		String csv = "email,name,active\n" + e("staff") + ",Staff,yes\n" + ADMIN + ",Renamed Admin,\n" + hr
				+ ",Me,no\n";

		ImportPreview preview = previewAs(hr, Roles.HR, csv);

		assertThat(preview.problems()).extracting(ImportProblem::line).containsExactly(3L, 4L, 4L);
		assertThat(preview.problems().get(2).message())
			.isEqualTo("you cannot deactivate your own account; ask another administrator.");
		ImportPreview staffOnly = SignedIn.as(hr,
				() -> this.imports.importEmployees(read("email,name\n" + e("staff") + ",Staff\n"), ImportProgress.NONE),
				Roles.HR);
		assertThat(staffOnly.created()).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(strings = { Roles.LEARNER, Roles.TRAINER, Roles.MANAGER })
	void people_who_are_not_hr_or_administrators_may_not_read_preview_or_import(String role) {
		EmployeeFile file = read("email,name\n" + e("x") + ",X\n");
		String email = e(role.toLowerCase());

		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> SignedIn.as(email,
				() -> this.imports.read(this.folder.resolve("employees.csv"), "employees.csv"), role));
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> SignedIn.as(email, () -> this.imports.preview(file), role));
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> SignedIn.as(email, () -> this.imports.importEmployees(file, ImportProgress.NONE), role));
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> SignedIn.as(email, this.imports::template, role));
		assertThat(person(e("x"))).isEmpty();
	}

	@Test
	void people_imported_into_or_moved_to_a_department_with_an_assignment_rule_get_its_path() {
		String department = "Rule dept " + this.run;
		importAsAdmin("email,name,department\n" + e("early") + ",Early," + department + "\n" + e("mover")
				+ ",Mover,Elsewhere " + this.run + "\n");
		SignedIn.run(ADMIN,
				() -> this.assignments.createRule(new RuleForm(department, null, "front-line-onboarding", null, 0)),
				Roles.ADMIN);

		importAsAdmin("email,name,department\n" + e("fresh") + ",Fresh," + department + "\n" + e("mover") + ",Mover,"
				+ department + "\n");

		for (String email : List.of(e("fresh"), e("mover"))) {
			long id = person(email).orElseThrow().id();
			assertThat(SignedIn.as(ADMIN, () -> this.assignments.pathCodesOf(id), Roles.HR))
				.containsExactly("front-line-onboarding");
		}
	}

	@Test
	void audit_log_records_who_imported_which_file_and_what_changed_for_each_person() {
		importAsAdmin("email,name,job role\n" + e("audited") + ",Audited,Cook\n");
		importAsAdmin("email,name,job role\n" + e("audited") + ",Audited,Chef\n");

		List<AuditEntry> entries = SignedIn.as(ADMIN, () -> this.audit.recent("person " + e("audited"), 10),
				Roles.ADMIN);
		assertThat(entries).extracting(AuditEntry::action).containsExactly("PERSON_CHANGED", "PERSON_CREATED");
		assertThat(entries.get(0).detail()).isEqualTo("From employees.csv, line 2: job role: Cook → Chef.");
		assertThat(entries.get(0).actor()).contains(ADMIN);
		assertThat(SignedIn.as(ADMIN, () -> this.audit.recent("file employees.csv", 1), Roles.ADMIN)).singleElement()
			.satisfies((entry) -> assertThat(entry.detail())
				.isEqualTo("Imported 1 rows: 0 created, 1 changed, 0 deactivated, 0 left alone."));
	}

	@Test
	void administrator_deactivates_active_people_not_in_the_file_but_never_themself_in_the_same_transaction() {
		importAsAdmin("email,name,active\n" + e("stays") + ",Stays,yes\n" + e("gone") + ",Gone,yes\n" + e("left")
				+ ",Left,no\n");
		EmployeeFile file = read("email,name\n" + e("stays") + ",Stays\n");

		assertThat(previewAs(ADMIN, Roles.ADMIN, file, ImportOptions.DEFAULT).deactivatedNotInFile()).isZero();
		ImportPreview preview = previewAs(ADMIN, Roles.ADMIN, file, new ImportOptions(true));

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.unchanged()).isEqualTo(1);
		assertThat(preview.deactivatedNotInFile()).isPositive();
		assertThat(preview.changes()).extracting(PersonChange::email).doesNotContain(ADMIN, e("stays"), e("left"));
		assertThat(preview.changes()).filteredOn((change) -> change.email().equals(e("gone")))
			.singleElement()
			.satisfies((change) -> {
				assertThat(change.kind()).isEqualTo(PersonChange.Kind.DEACTIVATED);
				assertThat(change.line()).isZero();
				assertThat(change.changes()).containsExactly("not in the file", "active: yes → no");
			});
		assertThat(person(e("gone")).orElseThrow().enabled()).isTrue();
		// Deactivating everyone else would disturb the tests that share this database:
		// the import runs in a transaction that is rolled back once checked.
		this.transactions.executeWithoutResult((status) -> {
			ImportPreview result = SignedIn.as(ADMIN,
					() -> this.imports.importEmployees(file, new ImportOptions(true), ImportProgress.NONE),
					Roles.ADMIN);
			assertThat(result.deactivatedNotInFile()).isEqualTo(preview.deactivatedNotInFile());
			assertThat(person(e("gone")).orElseThrow().enabled()).isFalse();
			assertThat(person(e("stays")).orElseThrow().enabled()).isTrue();
			assertThat(person(ADMIN).orElseThrow().enabled()).isTrue();
			assertThat(SignedIn.as(ADMIN, () -> this.audit.recent("person " + e("gone"), 1), Roles.ADMIN))
				.singleElement()
				.satisfies((entry) -> {
					assertThat(entry.action()).isEqualTo("PERSON_DEACTIVATED");
					assertThat(entry.detail()).isEqualTo("From employees.csv: not in the file; active: yes → no.");
				});
			status.setRollbackOnly();
		});
		assertThat(person(e("gone")).orElseThrow().enabled()).isTrue();
	}

	@Test
	void hr_deactivating_people_not_in_the_file_leaves_administrators_hr_and_trainers_alone() {
		String hr = TestPeople.create(this.people, Role.HR);
		String trainer = TestPeople.create(this.people, Role.TRAINER);
		String learner = TestPeople.create(this.people, Role.LEARNER);

		ImportPreview preview = previewAs(hr, Roles.HR, read("email,name\n" + e("new") + ",New\n"),
				new ImportOptions(true));

		assertThat(preview.problems()).isEmpty();
		assertThat(preview.changes()).extracting(PersonChange::email)
			.contains(learner, e("new"))
			.doesNotContain(hr, trainer, ADMIN);
	}

	private ImportPreview previewAs(String email, String role, EmployeeFile file, ImportOptions options) {
		return SignedIn.as(email, () -> this.imports.preview(file, options), role);
	}

	private ImportPreview importAsAdmin(String csv) {
		EmployeeFile file = read(csv);
		return SignedIn.as(ADMIN, () -> this.imports.importEmployees(file, ImportProgress.NONE), Roles.ADMIN);
	}

	private ImportPreview previewAs(String email, String role, String csv) {
		EmployeeFile file = read(csv);
		return SignedIn.as(email, () -> this.imports.preview(file), role);
	}

	private EmployeeFile read(String csv) {
		try {
			Path file = this.folder.resolve("employees.csv");
			Files.writeString(file, csv, StandardCharsets.UTF_8);
			return SignedIn.as(ADMIN, () -> this.imports.read(file, "employees.csv"), Roles.ADMIN);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Optional<PersonDetails> person(String email) {
		return SignedIn.as(ADMIN, this.people::listPeople, Roles.ADMIN)
			.stream()
			.filter((person) -> person.email().equals(email))
			.findFirst();
	}

	private String e(String name) {
		return name + "-" + this.run + "@import.example";
	}

	private String n(int number) {
		return "N" + this.run + "-" + number;
	}

}
