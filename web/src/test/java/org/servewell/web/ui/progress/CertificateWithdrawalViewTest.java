package org.servewell.web.ui.progress;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.Test;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.CompletionWithdrawals;
import org.servewell.learning.CourseProgress;
import org.servewell.learning.PersonProgress;
import org.servewell.web.NewLearners;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR withdraws a certificate from the Progress page, where they see who completed a
 * course: a reason is asked for and its length shown, the dialog says what will happen,
 * and the row stops showing the course complete. Trainers and managers are not offered
 * the action. Each test completes the course as a learner of its own.
 */
class CertificateWithdrawalViewTest extends ViewTest {

	private static final String COURSE = "first-time-every-time";

	/**
	 * The people grid's columns: name, department, due, status, attempts, best, action.
	 */
	private static final int STATUS = 3;

	private static final int ACTION = 6;

	/** A person's courses: course, due, status, attempts, best, action. */
	private static final int PERSON_STATUS = 2;

	private static final int PERSON_ACTION = 5;

	@Autowired
	NewLearners learners;

	@Autowired
	CompletionWithdrawals withdrawals;

	@Test
	@WithUserDetails(HR)
	void hr_gives_a_reason_withdraws_the_certificate_and_the_row_is_no_longer_complete() {
		String name = completedLearner();
		ProgressView view = navigate(ProgressView.class);
		choose(view, COURSE);
		int row = rowOf(view, name);
		assertThat(((Span) test(view.people).getCellComponent(row, STATUS)).getText()).isEqualTo("Complete");

		test((Button) test(view.people).getCellComponent(row, ACTION)).click();
		WithdrawCertificateDialog dialog = find(WithdrawCertificateDialog.class).single();
		assertThat(dialog.getElement().getTextRecursively()).contains("of " + name + " for",
				"will be withdrawn. The course will no longer count as complete for " + name);
		assertThat(dialog.reason.getMaxLength()).isEqualTo(500);
		assertThat(dialog.reason.getHelperText()).isEqualTo("0 of 500 characters");
		assertThat(dialog.confirm.getText()).isEqualTo("Withdraw the certificate of " + name);
		test(dialog.reason).setValue("Awarded in error: the quiz was taken by someone else.");
		assertThat(dialog.reason.getHelperText()).isEqualTo("53 of 500 characters");
		test(dialog.confirm).click();

		assertThat(dialog.isOpened()).isFalse();
		assertThat(test(find(Notification.class).last()).getText()).startsWith("The certificate of " + name)
			.endsWith("was withdrawn.");
		int after = rowOf(view, name);
		assertThat(((Span) test(view.people).getCellComponent(after, STATUS)).getText()).isEqualTo("In progress");
		assertThat(test(view.people).getCellComponent(after, ACTION)).isNotInstanceOf(Button.class);
	}

	@Test
	@WithUserDetails(HR)
	void hr_withdraws_from_a_persons_courses_and_the_dialog_shows_the_course_no_longer_complete() {
		String name = completedLearner();
		ProgressView view = navigate(ProgressView.class);
		choose(view, COURSE);
		test(view.people).clickRow(rowOf(view, name));
		Dialog person = find(Dialog.class).single();
		@SuppressWarnings("unchecked")
		Grid<PersonProgress> courses = find(Grid.class, person).single();

		test((Button) test(courses).getCellComponent(0, PERSON_ACTION)).click();
		WithdrawCertificateDialog dialog = find(WithdrawCertificateDialog.class).single();
		test(dialog.reason).setValue("Awarded in error");
		test(dialog.confirm).click();

		assertThat(((Span) test(courses).getCellComponent(0, PERSON_STATUS)).getText()).isEqualTo("In progress");
		assertThat(test(courses).getCellComponent(0, PERSON_ACTION)).isNotInstanceOf(Button.class);
		assertThat(((Span) test(view.people).getCellComponent(rowOf(view, name), STATUS)).getText())
			.as("the page behind shows it too")
			.isEqualTo("In progress");
	}

	@Test
	@WithUserDetails(ADMIN)
	void a_blank_reason_is_refused_beside_the_field_and_nothing_is_withdrawn() {
		String name = completedLearner();
		ProgressView view = navigate(ProgressView.class);
		choose(view, COURSE);
		test((Button) test(view.people).getCellComponent(rowOf(view, name), ACTION)).click();
		WithdrawCertificateDialog dialog = find(WithdrawCertificateDialog.class).single();

		test(dialog.reason).setValue("   ");
		test(dialog.confirm).click();

		assertThat(dialog.isOpened()).isTrue();
		assertThat(dialog.reason.isInvalid()).isTrue();
		assertThat(dialog.reason.getErrorMessage()).isEqualTo("Give a reason: " + name + " will read it.");
		assertThat(((Span) test(view.people).getCellComponent(rowOf(view, name), STATUS)).getText())
			.isEqualTo("Complete");
	}

	@Test
	@WithUserDetails(HR)
	void hr_reading_in_german_is_asked_for_the_reason_in_german() {
		String name = completedLearner();
		UI.getCurrent().setLocale(Locale.GERMAN);
		ProgressView view = navigate(ProgressView.class);
		choose(view, COURSE);
		Button withdraw = (Button) test(view.people).getCellComponent(rowOf(view, name), ACTION);
		assertThat(withdraw.getText()).isEqualTo("Zertifikat zurückziehen…");

		test(withdraw).click();
		WithdrawCertificateDialog dialog = find(WithdrawCertificateDialog.class).single();

		assertThat(dialog.getHeaderTitle()).isEqualTo("Zertifikat zurückziehen");
		assertThat(dialog.reason.getLabel()).isEqualTo("Grund (wird " + name + " angezeigt)");
		assertThat(dialog.reason.getHelperText()).isEqualTo("0 von 500 Zeichen");
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_does_not_see_the_withdraw_action() {
		assertNoWithdrawAction();
	}

	@Test
	@WithUserDetails(MANAGER)
	void manager_does_not_see_the_withdraw_action() {
		assertNoWithdrawAction();
	}

	private void assertNoWithdrawAction() {
		ProgressView view = navigate(ProgressView.class);
		test(view.courses).select(0);

		assertThat(view.people.getColumns()).hasSize(ACTION);
		assertThat(find(Button.class).all()).extracting(Button::getText).doesNotContain("Withdraw certificate…");
		test(view.people).clickRow(0);
		@SuppressWarnings("unchecked")
		Grid<PersonProgress> courses = find(Grid.class, find(Dialog.class).single()).single();
		assertThat(courses.getColumns()).as("a person's courses").hasSize(PERSON_ACTION);
	}

	/** A new learner assigned the course who completed it; returns their name. */
	private String completedLearner() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String email = "withdrawn-" + id + "@test.servewell.org";
		String name = "Aaron Withdrawn " + id;
		this.learners.assigned(email, name, COURSE, LocalDate.now().plusDays(7));
		AttemptResult result = this.learners.complete(email, COURSE);
		assertThat(result.completionId()).isNotNull();
		return name;
	}

	private void choose(ProgressView view, String courseCode) {
		CourseProgress course = view.courses.getListDataView()
			.getItems()
			.filter((candidate) -> candidate.courseCode().equals(courseCode))
			.findFirst()
			.orElseThrow();
		view.courses.select(course);
	}

	private int rowOf(ProgressView view, String name) {
		return IntStream.range(0, test(view.people).size())
			.filter((row) -> test(view.people).getCellText(row, 0).equals(name))
			.findFirst()
			.orElseThrow();
	}

}
