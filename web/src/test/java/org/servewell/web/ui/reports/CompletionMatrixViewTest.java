package org.servewell.web.ui.reports;

import java.time.LocalDate;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.servewell.reporting.CellState;
import org.servewell.reporting.MatrixRow;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class CompletionMatrixViewTest extends ViewTest {

	@Test
	@WithUserDetails(MANAGER)
	void manager_sees_their_report_with_a_cell_per_course_of_her_path_and_is_told_it_is_their_team() {
		CompletionMatrixView view = navigate(CompletionMatrixView.class);

		int rows = test(view.grid).size();
		assertThat(rows).as("the demo manager's Front desk team").isGreaterThan(1);
		int row = IntStream.range(0, rows)
			.filter((i) -> test(view.grid).getRow(i).name().equals("Lena Learner"))
			.findFirst()
			.orElseThrow();
		MatrixRow lena = test(view.grid).getRow(row);
		assertThat(lena.cells()).extracting((cell) -> cell.courseCode())
			.contains("first-time-every-time", "what-customers-expect", "brilliant-or-careless",
					"dignity-for-everyone");
		assertThat(view.grid.getColumnByKey("first-time-every-time")).isNotNull();
		assertThat(test(view.grid).getCellText(row, 0)).isEqualTo("Lena Learner");
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.anySatisfy((text) -> assertThat(text).startsWith("The people who report to you"));
		assertThat(view.filters.manager.isVisible()).as("a manager sees their own team only").isFalse();
	}

	@Test
	@WithUserDetails(MANAGER)
	void a_cell_says_its_state_in_words_and_its_date() {
		CompletionMatrixView view = navigate(CompletionMatrixView.class);
		MatrixRow lena = test(view.grid).getRow(0);
		int column = view.grid.getColumns().indexOf(view.grid.getColumnByKey("first-time-every-time"));

		Span cell = (Span) test(view.grid).getCellComponent(0, column);

		var state = lena.cell("first-time-every-time").orElseThrow();
		assertThat(cell.getElement().getTextRecursively()).startsWith(MatrixCells.state(Words.of(view), state.state()));
		assertThat(cell.getElement().getAttribute("title")).isEqualTo(MatrixCells.text(Words.of(view), state));
	}

	@Test
	@WithUserDetails(HR)
	void hr_sees_everyone_with_a_course_and_rows_come_a_page_at_a_time() {
		CompletionMatrixView view = navigate(CompletionMatrixView.class);

		assertThat(view.grid.getDataProvider().isInMemory()).isFalse();
		assertThat(view.grid.isAllRowsVisible()).as("a short matrix shows its totals right under its rows")
			.isEqualTo(test(view.grid).size() <= MatrixGrid.FEW);
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.anySatisfy((text) -> assertThat(text).startsWith("Everyone who can sign in"));
		assertThat(view.people.getText()).contains("people").contains("courses");
		assertThat(view.download.isVisible()).isTrue();
		assertThat(view.download.getHref()).isNotBlank();
	}

	@Test
	@WithUserDetails(HR)
	void filtering_to_a_status_no_one_is_in_says_no_one_matches() {
		CompletionMatrixView view = navigate(CompletionMatrixView.class);

		test(view.filters.status).selectItem("Overdue");
		test(view.filters.dueFrom).setValue(LocalDate.now().plusYears(5));

		assertThat(test(view.grid).size()).isZero();
		assertThat(view.grid.getEmptyStateText()).isEqualTo("No one matches these filters");
		assertThat(view.people.getText()).startsWith("No one matches these filters");
		assertThat(view.download.isVisible()).isFalse();

		test(view.filters.clear).click();

		assertThat(test(view.grid).size()).isPositive();
	}

	@Test
	@WithUserDetails(TRAINER)
	void a_due_window_that_ends_before_it_starts_is_explained_beside_its_end() {
		CompletionMatrixView view = navigate(CompletionMatrixView.class);
		test(view.filters.dueFrom).setValue(LocalDate.now().minusYears(5));
		MatrixGrid before = view.grid;

		test(view.filters.dueTo).setValue(LocalDate.now().minusYears(6));

		assertThat(view.filters.dueTo.isInvalid()).isTrue();
		assertThat(view.filters.dueTo.getErrorMessage()).contains("Choose an end date on or after the start date");
		assertThat(view.grid).as("the matrix before the change stays").isSameAs(before);
	}

	@Test
	@WithUserDetails(ADMIN)
	void choosing_a_path_makes_its_courses_the_columns() {
		CompletionMatrixView view = navigate(CompletionMatrixView.class);

		test(view.filters.path).selectItem("Front-line onboarding");

		assertThat(view.grid.getColumns()).extracting((column) -> column.getKey())
			.containsSubsequence("first-time-every-time", "what-customers-expect", "brilliant-or-careless",
					"dignity-for-everyone");
		assertThat(test(view.grid).size()).isPositive();
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_cannot_open_the_matrix() {
		navigate("reports/matrix", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(CompletionMatrixView.class);
	}

}
