package org.servewell.web.ui.progress;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.servewell.learning.CourseProgress;
import org.servewell.learning.PersonProgress;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressViewTest extends ViewTest {

	@Test
	@WithUserDetails(MANAGER)
	void manager_sees_their_report_on_each_course_of_her_path() {
		ProgressView view = navigate(ProgressView.class);

		assertThat(view.courses.getListDataView().getItems().map(CourseProgress::courseCode)).contains(
				"first-time-every-time", "what-customers-expect", "brilliant-or-careless", "dignity-for-everyone");
		test(view.courses).select(0);

		assertThat(view.people.isVisible()).isTrue();
		assertThat(names(view)).contains("Lena Learner").hasSizeGreaterThan(1);
	}

	@Test
	@WithUserDetails(MANAGER)
	void manager_opens_a_report_and_sees_every_course_assigned_to_her() {
		ProgressView view = navigate(ProgressView.class);
		test(view.courses).select(0);

		test(view.people).clickRow(names(view).indexOf("Lena Learner"));

		Dialog dialog = find(Dialog.class).single();
		assertThat(dialog.getHeaderTitle()).isEqualTo("Lena Learner");
		@SuppressWarnings("unchecked")
		Grid<PersonProgress> courses = find(Grid.class, dialog).single();
		assertThat(test(courses).size()).isEqualTo(4);
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_sees_counts_per_course_that_add_up_with_expired_courses_counted_apart() {
		ProgressView view = navigate(ProgressView.class);

		assertThat(view.courses.getListDataView().getItems()).allSatisfy((course) -> assertThat(course.assigned())
			.isEqualTo(course.notStarted() + course.inProgress() + course.complete() + course.expired()));
		assertThat(view.courses.getListDataView().getItems()).as("the demo organisation has expired completions")
			.anySatisfy((course) -> assertThat(course.expired()).isPositive());
		assertThat(view.courses.getColumns()).extracting((column) -> column.getHeaderText()).contains("Expired");
	}

	@Test
	@WithUserDetails(MANAGER)
	void manager_is_told_the_page_shows_their_team_only() {
		navigate(ProgressView.class);

		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.anySatisfy((text) -> assertThat(text).startsWith("Everyone in your team with a course"))
			.noneSatisfy((text) -> assertThat(text).contains("Everyone assigned a course"));
	}

	@Test
	@WithUserDetails(HR)
	void hr_is_told_the_page_shows_everyone_assigned_a_course() {
		navigate(ProgressView.class);

		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.anySatisfy((text) -> assertThat(text).startsWith("Everyone assigned a course"));
	}

	@Test
	@WithUserDetails(HR)
	void people_of_a_course_are_fetched_a_page_at_a_time_not_all_at_once() {
		ProgressView view = navigate(ProgressView.class);
		test(view.courses).select(0);

		assertThat(view.people.getDataProvider().isInMemory()).isFalse();
		assertThat(view.people.isAllRowsVisible()).as("every row rendered at once").isFalse();
		assertThat(test(view.people).size()).isEqualTo(view.courses.asSingleSelect().getValue().assigned());
	}

	/** The people listed for the chosen course: the demo's Front desk team, for Max. */
	private List<String> names(ProgressView view) {
		return IntStream.range(0, test(view.people).size())
			.mapToObj((row) -> test(view.people).getCellText(row, 0))
			.toList();
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_cannot_open_progress() {
		navigate("progress", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(ProgressView.class);
	}

}
