package org.servewell.web.ui.people;

import java.util.Set;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class PeopleViewTest extends ViewTest {

	@Autowired
	PeopleService people;

	@Test
	@WithUserDetails(ADMIN)
	void administrator_adds_a_person_who_then_appears_in_the_list() {
		PeopleView view = navigate(PeopleView.class);
		test(view.add).click();
		PersonDialog dialog = find(PersonDialog.class).single();

		test(dialog.email).setValue("Rosa.Reyes@Example.org");
		test(dialog.displayName).setValue("Rosa Reyes");
		dialog.department.setValue("Front desk");
		test(dialog.password).setValue("a long enough password");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(test(view.grid).size()).isEqualTo(this.people.listPeople().size());
		assertThat(this.people.listPeople()).extracting(PersonDetails::email).contains("rosa.reyes@example.org");
		assertThat(test(find(Notification.class).last()).getText()).isEqualTo("Saved Rosa Reyes.");
	}

	@Test
	@WithUserDetails(ADMIN)
	void form_with_missing_name_and_short_password_says_what_is_wrong_and_saves_nothing() {
		int before = this.people.listPeople().size();
		PeopleView view = navigate(PeopleView.class);
		test(view.add).click();
		PersonDialog dialog = find(PersonDialog.class).single();

		test(dialog.email).setValue("nobody@example.org");
		test(dialog.password).setValue("short");
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.displayName.isInvalid()).isTrue();
		assertThat(dialog.displayName.getErrorMessage()).isEqualTo("Enter the person's name.");
		test(dialog.displayName).setValue("No Body");
		test(dialog.save).click();
		assertThat(dialog.password.isInvalid()).isTrue();
		assertThat(dialog.password.getErrorMessage()).contains("at least 12 characters");
		assertThat(this.people.listPeople()).hasSize(before);
	}

	@Test
	@WithUserDetails(ADMIN)
	void second_administrator_saving_a_stale_copy_is_told_and_overwrites_nothing() {
		PersonDetails lena = this.people.listPeople()
			.stream()
			.filter((person) -> person.email().equals(LEARNER))
			.findFirst()
			.orElseThrow();
		PeopleView view = navigate(PeopleView.class);
		test(view.grid).clickRow(rowOf(view, LEARNER));
		PersonDialog dialog = find(PersonDialog.class).single();
		this.people.updatePerson(lena.id(), lena.version(), new PersonForm(lena.email(), "Lena Changed Elsewhere",
				lena.roles(), lena.department(), lena.jobRole(), lena.startDate(), lena.managerId(), true, null));

		test(dialog.displayName).setValue("Lena From The Stale Form");
		test(dialog.save).click();

		assertThat(test(find(Notification.class).last()).getText()).contains("changed by someone else");
		assertThat(this.people.getPerson(lena.id()).displayName()).isEqualTo("Lena Changed Elsewhere");
	}

	@Test
	@WithUserDetails(HR)
	void hr_adds_an_employee_but_may_give_only_staff_roles() {
		EmployeesView view = navigate(EmployeesView.class);
		test(view.add).click();
		PersonDialog dialog = find(PersonDialog.class).single();

		assertThat(dialog.roles.getListDataView().getItems()).containsExactlyInAnyOrder(Role.LEARNER, Role.MANAGER);
		test(dialog.email).setValue("new.hire@example.org");
		test(dialog.displayName).setValue("Nia Hire");
		test(dialog.password).setValue("welcome to the team!");
		test(dialog.save).click();

		assertThat(this.people.listPeople()).filteredOn((person) -> person.email().equals("new.hire@example.org"))
			.singleElement()
			.satisfies((person) -> assertThat(person.roles()).isEqualTo(Set.of(Role.LEARNER)));
	}

	@Test
	@WithUserDetails(HR)
	void hr_who_opens_an_administrator_is_told_only_an_administrator_can_change_them() {
		EmployeesView view = navigate(EmployeesView.class);

		test(view.grid).clickRow(rowOf(view, ADMIN));

		assertThat(find(PersonDialog.class).all()).isEmpty();
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("Ada Admin holds a role that only an administrator can change.");
	}

	private static int rowOf(PeopleDirectory view, String email) {
		var items = view.grid.getListDataView().getItems().toList();
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).email().equals(email)) {
				return i;
			}
		}
		throw new AssertionError("No row for " + email);
	}

}
