package org.servewell.web.ui.people;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.people.PeopleSearch;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The employee number in the person form: entered, kept trimmed, found by the search, and
 * refused at its field when someone else has it.
 */
class PersonDialogEmployeeNumberTest extends ViewTest {

	@Autowired
	PeopleService people;

	@Autowired
	PeopleSearch search;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	@WithUserDetails(ADMIN)
	void administrator_gives_a_new_person_an_employee_number_and_finds_them_by_it() {
		PeopleView view = navigate(PeopleView.class);
		test(view.add).click();
		PersonDialog dialog = find(PersonDialog.class).single();

		test(dialog.email).setValue("numbered-" + this.unique + "@example.org");
		test(dialog.displayName).setValue("Nell Numbered");
		test(dialog.employeeNumber).setValue("  N-" + this.unique + " ");
		test(dialog.password).setValue("a long enough password");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(this.search.byEmployeeNumber("N-" + this.unique).displayName()).isEqualTo("Nell Numbered");
		test(view.search).setValue("n-" + this.unique);
		assertThat(test(view.grid).size()).isEqualTo(1);
		assertThat(test(view.grid).getCellText(0, 0)).isEqualTo("Nell Numbered");
	}

	@Test
	@WithUserDetails(ADMIN)
	void employee_number_someone_else_has_is_shown_at_the_field_and_nothing_is_saved() {
		createWithNumber("holder", "Hank Holder", "H-");
		PeopleView view = navigate(PeopleView.class);
		test(view.add).click();
		PersonDialog dialog = find(PersonDialog.class).single();

		test(dialog.email).setValue("second-" + this.unique + "@example.org");
		test(dialog.displayName).setValue("Sid Second");
		test(dialog.employeeNumber).setValue("H-" + this.unique);
		test(dialog.password).setValue("a long enough password");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.employeeNumber.isInvalid()).isTrue();
		assertThat(dialog.employeeNumber.getErrorMessage()).contains("already belongs to Hank Holder");
		assertThat(this.people.listPeople()).extracting((person) -> person.email())
			.doesNotContain("second-" + this.unique + "@example.org");
	}

	@Test
	@WithUserDetails(ADMIN)
	void employee_number_of_a_person_is_shown_when_their_form_opens() {
		createWithNumber("shown", "Shay Shown", "S-");
		PeopleView view = navigate(PeopleView.class);
		test(view.search).setValue("S-" + this.unique);

		test(view.grid).clickRow(0);

		assertThat(find(PersonDialog.class).single().employeeNumber.getValue()).isEqualTo("S-" + this.unique);
	}

	private void createWithNumber(String handle, String name, String numberPrefix) {
		this.people.createPerson(new PersonForm(handle + "-" + this.unique + "@example.org", name, Set.of(Role.LEARNER),
				null, null, null, null, true, numberPrefix + this.unique), "a long enough password");
	}

}
