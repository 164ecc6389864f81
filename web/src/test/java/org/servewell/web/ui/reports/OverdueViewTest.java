package org.servewell.web.ui.reports;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.servewell.reporting.OverdueRow;
import org.servewell.reporting.OverdueWindow;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overdue list with the demo people: Lena Learner, who reports to Max Manager,
 * started two days ago and has her path's courses due in 5 to 26 days; Max started years
 * ago and is overdue on all four.
 */
class OverdueViewTest extends ViewTest {

	@Test
	@WithUserDetails(MANAGER)
	void managerSeesTheirReportsCoursesDueSoonWithDaysLeftAndNoManagerToChoose() {
		OverdueView view = navigate(OverdueView.class);

		assertThat(view.filters.manager.isVisible()).isFalse();
		assertThat(paragraphs()).anySatisfy((text) -> assertThat(text).startsWith("Training of the people who report"));
		List<OverdueRow> overdue = rows(view);
		assertThat(overdue).as("the demo team's overdue training, none of it Lena's yet").isNotEmpty();
		assertThat(overdue).extracting(OverdueRow::managerName).containsOnly("Max Manager");
		assertThat(overdue).allSatisfy((row) -> assertThat(row.overdue()).isTrue());
		assertThat(overdue).extracting(OverdueRow::personName).doesNotContain("Lena Learner");
		assertThat(view.total.getText()).isEqualTo(overdue.size() + " course assignments");

		test(view.filters.window).selectItem(OverdueFilterBar.label(Words.of(view), OverdueWindow.DUE_WITHIN_30_DAYS));

		List<OverdueRow> lenas = rows(view).stream().filter((row) -> row.personName().equals("Lena Learner")).toList();
		assertThat(lenas).extracting(OverdueRow::managerName).containsOnly("Max Manager");
		assertThat(lenas).extracting(OverdueRow::daysOverdue).containsExactly(-5, -12, -19, -26);
		assertThat(OverdueGrid.days(Words.of(view), lenas.get(0))).isEqualTo("5 days left");
		assertThat(OverdueGrid.lastReminder(Words.of(view), lenas.get(0))).isEqualTo("None sent");
		assertThat(rows(view)).hasSizeGreaterThan(overdue.size());
	}

	@Test
	@WithUserDetails(HR)
	void hrSeesEveryoneMostOverdueFirstAndNarrowsToOneManagersReports() {
		OverdueView view = navigate(OverdueView.class);

		assertThat(view.grid.getDataProvider().isInMemory()).as("rows are fetched a page at a time").isFalse();
		assertThat(rows(view)).isNotEmpty().allSatisfy((row) -> assertThat(row.overdue()).isTrue());
		assertThat(rows(view)).extracting(OverdueRow::dueDate).isSorted();
		assertThat(view.filters.manager.isVisible()).isTrue();

		test(view.filters.window).selectItem(OverdueFilterBar.label(Words.of(view), OverdueWindow.DUE_WITHIN_30_DAYS));
		view.filters.manager.setValue(view.filters.manager.getListDataView()
			.getItems()
			.filter((manager) -> manager.name().equals("Max Manager"))
			.findFirst()
			.orElseThrow());

		assertThat(rows(view)).extracting(OverdueRow::managerName).containsOnly("Max Manager");
		assertThat(rows(view)).filteredOn((row) -> row.personName().equals("Lena Learner")).hasSize(4);
		assertThat(view.csv.getHref()).as("the CSV link is ready").isNotBlank();
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainerMayOpenTheOverdueList() {
		assertThat(navigate(OverdueView.class)).isNotNull();
	}

	@Test
	@WithUserDetails(ADMIN)
	void administratorMayOpenTheOverdueList() {
		assertThat(navigate(OverdueView.class)).isNotNull();
	}

	@Test
	@WithUserDetails(LEARNER)
	void learnerCannotOpenTheOverdueList() {
		navigate("reports/overdue", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(OverdueView.class);
	}

	private List<OverdueRow> rows(OverdueView view) {
		return IntStream.range(0, test(view.grid).size()).mapToObj((i) -> test(view.grid).getRow(i)).toList();
	}

	private List<String> paragraphs() {
		return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
	}

}
