package org.servewell.web.ui.assignments;

import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.servewell.learning.PersonProgress;
import org.servewell.learning.ProgressService;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentsViewTest extends ViewTest {

	@Autowired
	ProgressService progress;

	@Test
	@WithUserDetails(TRAINER)
	void trainer_sees_the_demo_rule_giving_front_desk_its_onboarding_path() {
		AssignmentsView view = navigate(AssignmentsView.class);

		assertThat(test(view.rules).size()).isGreaterThanOrEqualTo(1);
		assertThat(test(view.rules).getCellText(0, 0)).isEqualTo("Front desk");
		assertThat(test(view.rules).getCellText(0, 2)).isEqualTo("Path: Front-line onboarding");
	}

	@Test
	@WithUserDetails(HR)
	void rule_without_department_or_job_role_is_refused_with_the_reason_and_nothing_is_added() {
		AssignmentsView view = navigate(AssignmentsView.class);
		int before = test(view.rules).size();
		test(view.addRule).click();
		RuleDialog dialog = find(RuleDialog.class).single();

		dialog.path.setValue(dialog.path.getListDataView().getItem(0));
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.problem.getText()).startsWith("Choose a department, a job role, or both");
		assertThat(test(view.rules).size()).isEqualTo(before);
	}

	@Test
	@WithUserDetails(HR)
	void hr_adds_a_rule_for_a_job_role_and_sees_it_listed() {
		AssignmentsView view = navigate(AssignmentsView.class);
		int before = test(view.rules).size();
		test(view.addRule).click();
		RuleDialog dialog = find(RuleDialog.class).single();

		test(dialog.jobRole).setValue("Team lead in training");
		dialog.path.setValue(dialog.path.getListDataView()
			.getItems()
			.filter((path) -> path.code().equals("team-lead-onboarding"))
			.findFirst()
			.orElseThrow());
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(test(view.rules).size()).isEqualTo(before + 1);
		assertThat(test(find(Notification.class).last()).getText()).startsWith("Rule added");
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_assigns_a_course_by_hand_and_the_person_appears_in_its_progress() {
		AssignmentsView view = navigate(AssignmentsView.class);
		test(view.assignByHand).click();
		ManualAssignmentDialog dialog = find(ManualAssignmentDialog.class).single();

		dialog.person.setValue(dialog.person.getListDataView()
			.getItems()
			.filter((person) -> person.email().equals(HR))
			.findFirst()
			.orElseThrow());
		dialog.course.setValue(dialog.course.getListDataView()
			.getItems()
			.filter((course) -> course.code().equals("service-commitment-for-leads"))
			.findFirst()
			.orElseThrow());
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(this.progress.course("service-commitment-for-leads")).extracting(PersonProgress::name)
			.contains("Hana Hughes (HR)");
	}

	@Test
	@WithUserDetails(TRAINER)
	void assigning_by_hand_without_a_person_or_course_marks_both_fields_and_keeps_the_dialog_open() {
		AssignmentsView view = navigate(AssignmentsView.class);
		test(view.assignByHand).click();
		ManualAssignmentDialog dialog = find(ManualAssignmentDialog.class).single();

		test(dialog.save).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.person.isInvalid()).isTrue();
		assertThat(dialog.person.getErrorMessage()).isEqualTo("Choose a person.");
		assertThat(dialog.course.isInvalid()).isTrue();
		assertThat(dialog.course.getErrorMessage()).isEqualTo("Choose a course.");
		assertThat(dialog.department.isInvalid()).isFalse();
	}

	@Test
	@WithUserDetails(HR)
	void hr_assigns_a_course_to_everyone_in_a_department_by_hand() {
		AssignmentsView view = navigate(AssignmentsView.class);
		test(view.assignByHand).click();
		ManualAssignmentDialog dialog = find(ManualAssignmentDialog.class).single();

		dialog.who.setValue(ManualAssignmentDialog.DEPARTMENT);
		dialog.department.setValue("People team");
		dialog.course.setValue(dialog.course.getListDataView()
			.getItems()
			.filter((course) -> course.code().equals("what-customers-expect"))
			.findFirst()
			.orElseThrow());
		test(dialog.save).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(test(find(Notification.class).last()).getText())
			.isEqualTo("Assigned What customers expect, at the very least to 1 person in People team.");
		assertThat(this.progress.course("what-customers-expect")).extracting(PersonProgress::name)
			.contains("Hana Hughes (HR)");
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_cannot_open_assignments() {
		navigate("assignments", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(AssignmentsView.class);
	}

	@Test
	@WithUserDetails(MANAGER)
	void manager_cannot_open_assignments() {
		navigate("assignments", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(AssignmentsView.class);
	}

}
