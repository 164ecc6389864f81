package org.servewell.web.ui.audit;

import java.time.LocalDate;

import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.CourseAuditSubject;
import org.servewell.authoring.DraftService;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;
import org.servewell.web.ui.studio.CourseStudioView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log across courses. The tests start and discard a draft of a course no other
 * view test edits, so the newest entries about it are theirs.
 */
class AuditViewTest extends ViewTest {

	private static final String COURSE = "dignity-for-everyone";

	@Autowired
	DraftService drafts;

	@Test
	@WithUserDetails(TRAINER)
	void trainer_sees_who_started_and_discarded_a_draft_newest_first_and_opens_the_course() {
		startAndDiscardDraft();
		AuditView view = navigate(AuditView.class);

		test(view.subject).setValue(COURSE);

		assertThat(test(view.entries).getCellText(0, 2)).isEqualTo("draft discarded");
		assertThat(test(view.entries).getCellText(1, 2)).isEqualTo("draft started");
		assertThat(test(view.entries).getCellText(0, 1)).contains(TRAINER);
		assertThat(test(view.entries).getCellText(0, 4)).isEqualTo("Discarded the draft.");
		RouterLink course = (RouterLink) test(view.entries).getCellComponent(0, 3);
		assertThat(course.getText()).isEqualTo(new CourseAuditSubject(COURSE).text());
		test(course).click();
		assertThat(getCurrentView()).isInstanceOf(CourseStudioView.class);
		assertThat(((CourseStudioView) getCurrentView()).getPageTitle()).contains("Dignity for everyone");
	}

	@Test
	@WithUserDetails(ADMIN)
	void administrator_filters_by_action_and_person_across_courses() {
		startAndDiscardDraft();
		AuditView view = navigate(AuditView.class);

		test(view.action).selectItem("draft started");
		test(view.person).setValue("ADMIN@demo");

		int rows = test(view.entries).size();
		assertThat(rows).isPositive();
		assertThat(view.matches.getText()).startsWith(rows + " entr");
		for (int row = 0; row < rows; row++) {
			assertThat(test(view.entries).getCellText(row, 2)).isEqualTo("draft started");
			assertThat(test(view.entries).getCellText(row, 1)).contains(ADMIN);
		}
	}

	@Test
	@WithUserDetails(TRAINER)
	void dates_narrow_the_log_and_an_end_before_the_start_is_marked() {
		startAndDiscardDraft();
		AuditView view = navigate(AuditView.class);
		test(view.subject).setValue(COURSE);

		test(view.from).setValue(LocalDate.now().minusDays(1));
		test(view.to).setValue(LocalDate.now().plusDays(1));
		assertThat(test(view.entries).size()).isGreaterThanOrEqualTo(2);

		test(view.from).setValue(LocalDate.now().plusDays(2));
		assertThat(test(view.entries).size()).isZero();
		assertThat(view.matches.getText()).startsWith("0 entries");
		assertThat(view.to.isInvalid()).isTrue();

		test(view.clear).click();
		assertThat(test(view.entries).size()).isGreaterThanOrEqualTo(2);
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_cannot_open_the_audit_log() {
		navigate("audit", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
	}

	@Test
	@WithUserDetails(HR)
	void hr_cannot_open_the_audit_log() {
		navigate("audit", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(AuditView.class);
	}

	private void startAndDiscardDraft() {
		try {
			this.drafts.discardDraft(COURSE);
		}
		catch (AuthoringNotFoundException ex) {
			// No draft left by an earlier test.
		}
		this.drafts.startDraft(COURSE);
		this.drafts.discardDraft(COURSE);
	}

}
