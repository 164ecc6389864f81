package org.servewell.web.ui.people;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.importing.ImportProblem;
import org.servewell.people.importing.PersonChange;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employee import screen: the preview of a file, its problems by line and column, and
 * the Import button only for a file without problems; open to HR and administrators only.
 */
class EmployeeImportViewTest extends ViewTest {

	@Autowired
	PeopleService people;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	@Test
	@WithUserDetails(HR)
	void hr_uploads_a_file_with_problems_and_sees_each_by_line_and_column_with_import_disabled() {
		EmployeeImportView view = navigate(EmployeeImportView.class);

		upload(view, "email,name,start date,manager\n" + e("ok") + ",Ok,2027-01-04,\n" + e("late")
				+ ",Late,4 January,\n" + e("boss") + ",Boss,," + e("nobody") + "\n");

		Grid<ImportProblem> problems = view.preview.problems;
		assertThat(problems.isVisible()).isTrue();
		assertThat(test(problems).size()).isEqualTo(2);
		assertThat(List.of(test(problems).getCellText(0, 0), test(problems).getCellText(0, 1))).containsExactly("3",
				"start date");
		assertThat(test(problems).getCellText(1, 2)).isEqualTo("no person with email " + e("nobody")
				+ " in the file or in Servewell; add them to the file or correct the email.");
		assertThat(view.run.start.isEnabled()).isFalse();
		assertThat(view.preview.summary.getText())
			.endsWith("Fix the problems below and upload the file again; " + "nothing has been changed.");
		assertThat(person(e("ok"))).isNull();
	}

	@Test
	@WithUserDetails(ADMIN)
	void administrator_previews_a_clean_file_then_imports_it() {
		PeopleView people = navigate(PeopleView.class);
		test(people.importFile).click();
		EmployeeImportView view = (EmployeeImportView) getCurrentView();

		upload(view, "email;name;department\n" + e("new") + ";New Person;Import " + this.run + "\n");

		assertThat(view.preview.summary.getText()).isEqualTo(
				"employees.csv: 1 person. 1 to create, 0 to change, 0 to deactivate, 0 left as they are. Nothing has been changed yet.");
		assertThat(view.preview.departments.getText()).contains("Import " + this.run);
		assertThat(view.preview.problems.isVisible()).isFalse();
		assertThat(person(e("new"))).isNull();
		assertThat(view.run.start.isEnabled()).isTrue();

		test(view.run.start).click();

		assertThat(person(e("new")).department()).isEqualTo("Import " + this.run);
		assertThat(view.preview.summary.getText())
			.isEqualTo("Imported employees.csv: 1 created, 0 changed, 0 deactivated, 0 left as they were.");
		assertThat(view.run.start.isEnabled()).isFalse();
	}

	@Test
	@WithUserDetails(HR)
	void hr_ticks_deactivate_people_not_in_the_file_and_the_preview_lists_them_without_changing_anything() {
		EmployeeImportView view = navigate(EmployeeImportView.class);
		upload(view, "email,name\n" + e("absent") + ",Absent\n");
		test(view.run.start).click();
		upload(view, "email,name\n" + e("new") + ",New\n");
		assertThat(view.deactivateOthers.getValue()).isFalse();
		assertThat(view.preview.summary.getText()).doesNotContain("Not in the file");

		test(view.deactivateOthers).click();

		assertThat(view.preview.summary.getText()).containsPattern("Not in the file: \\d+ active people to deactivate");
		Grid<PersonChange> changes = view.preview.changes;
		int row = rowOf(changes, e("absent"));
		assertThat(List.of(test(changes).getCellText(row, 0), test(changes).getCellText(row, 2),
				test(changes).getCellText(row, 3)))
			.containsExactly("", "Deactivate", "not in the file; active: yes → no");
		assertThat(view.run.start.isEnabled()).isTrue();

		test(view.deactivateOthers).click();

		assertThat(view.preview.summary.getText()).doesNotContain("Not in the file");
		assertThat(rowOf(changes, e("absent"))).isNegative();
		assertThat(person(e("absent")).enabled()).isTrue();
	}

	@Test
	@WithUserDetails(HR)
	void hr_reaches_the_import_from_employees() {
		EmployeesView employees = navigate(EmployeesView.class);

		test(employees.importFile).click();

		assertThat(getCurrentView()).isInstanceOf(EmployeeImportView.class);
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_cannot_open_the_import() {
		assertDenied();
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_cannot_open_the_import() {
		assertDenied();
	}

	@Test
	@WithUserDetails(MANAGER)
	void manager_cannot_open_the_import() {
		assertDenied();
	}

	private void assertDenied() {
		navigate("employees/import", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(EmployeeImportView.class);
	}

	private void upload(EmployeeImportView view, String csv) {
		test(view.upload.upload()).upload("employees.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
	}

	private int rowOf(Grid<PersonChange> changes, String email) {
		for (int row = 0; row < test(changes).size(); row++) {
			if (test(changes).getCellText(row, 1).equals(email)) {
				return row;
			}
		}
		return -1;
	}

	private PersonDetails person(String email) {
		return this.people.listPeople()
			.stream()
			.filter((person) -> person.email().equals(email))
			.findFirst()
			.orElse(null);
	}

	private String e(String name) {
		return name + "-" + this.run + "@view.example";
	}

}
