package org.servewell.web.ui.reports;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.junit.jupiter.api.Test;
import org.servewell.reporting.CompletionTrendService.CompletionMonth;
import org.servewell.reporting.TraitResults;
import org.servewell.reporting.TraitResults.Cell;
import org.servewell.reporting.TraitResults.Team;
import org.servewell.reporting.TraitResults.Trait;
import org.servewell.web.ui.language.Translations;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The heat map and the completion trend built from hand-made figures: numbers in the
 * cells, colour bands as classes, the team named in each row, and the trend's table.
 */
class TraitHeatMapTest {

	private static final Words ENGLISH = Words.of(new Translations(), Locale.ENGLISH);

	@Test
	void eachCellHoldsTheMeanTheAnswersAndThePeopleAndIsColouredByItsBand() {
		List<Trait> traits = List.of(new Trait("judgement", "Judgement within the rules"),
				new Trait("warmth", "Warmth"));
		Team kitchen = new Team("Kitchen", List.of(new Cell("judgement", 25, 45, 12), new Cell("warmth", 0, 0, 0)));
		Team total = new Team(null, List.of(new Cell("judgement", 25, 45, 12), new Cell("warmth", 3, 1, 1)));

		TraitHeatMap map = new TraitHeatMap(ENGLISH, new TraitResults(true, traits, List.of(kitchen), total));

		NativeTableRow head = map.table.getHead().getRows().get(0);
		assertThat(head.getHeaderCells()).extracting(NativeTableHeaderCell::getText)
			.containsExactly("Team", "Judgement within the rules", "Warmth");
		NativeTableRow row = map.table.getBody().getRows().get(0);
		assertThat(row.getHeaderCells().get(0).getText()).isEqualTo("Kitchen");
		NativeTableCell weak = row.getDataCells().get(0);
		// 25 points of 3 x 45 answers = 18.5 %, shown as 19 %.
		assertThat(weak.getElement().getTextRecursively()).isEqualTo("19 %n = 4512 people");
		assertThat(weak.getClassNames()).contains("sw-heat-weak");
		assertThat(row.getDataCells().get(1).getElement().getTextRecursively()).isEqualTo("–no answers");
		NativeTableRow foot = map.table.getFoot().getRows().get(0);
		assertThat(foot.getHeaderCells().get(0).getText()).isEqualTo("Your team");
		assertThat(foot.getDataCells().get(1).getClassNames()).contains("sw-heat-strong");
	}

	@Test
	void theBandsStartAt50And70And85() {
		assertThat(IntStream.of(0, 49, 50, 69, 70, 84, 85, 100).mapToObj(TraitHeatMap.Band::of)).containsExactly(
				TraitHeatMap.Band.WEAK, TraitHeatMap.Band.WEAK, TraitHeatMap.Band.FAIR, TraitHeatMap.Band.FAIR,
				TraitHeatMap.Band.GOOD, TraitHeatMap.Band.GOOD, TraitHeatMap.Band.STRONG, TraitHeatMap.Band.STRONG);
	}

	@Test
	void theTrendShowsEachMonthsFiguresInATableBesideTheChart() {
		YearMonth now = YearMonth.of(2026, 12);
		List<CompletionMonth> months = IntStream.range(0, 12)
			.mapToObj((i) -> new CompletionMonth(now.minusMonths(11 - i), (i == 8) ? 3 : 0))
			.toList();

		CompletionTrendPanel panel = new CompletionTrendPanel(ENGLISH, months);

		assertThat(panel.table.getBody().getRows()).hasSize(12);
		NativeTableRow september = panel.table.getBody().getRows().get(8);
		assertThat(september.getHeaderCells().get(0).getText()).isEqualTo("September 2026");
		assertThat(september.getDataCells().get(0).getText()).isEqualTo("3");
		assertThat(panel.getElement().toString()).contains("most in September 2026 (3)");
	}

}
