package org.servewell.web.ui.reports;

import java.util.List;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import org.servewell.reporting.InterviewPrediction;

/**
 * A table of correlations, per trait or per interviewer: the number of people behind
 * each, the figure, its 95 % interval and what it means in words.
 */
class InterviewPredictionFigures extends Grid<InterviewPrediction.Figure> {

	/**
	 * @param table the table's key in the bundle ("reports.prediction.traits"), under
	 * which are its first column's header ({@code .subject}), its accessible name
	 * ({@code .label}) and what it says when it has no rows ({@code .empty})
	 */
	InterviewPredictionFigures(String table) {
		Words words = Words.of(this);
		addColumn(InterviewPrediction.Figure::name).setHeader(getTranslation(table + ".subject"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		addColumn(InterviewPrediction.Figure::people).setHeader(getTranslation("reports.prediction.people"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTextAlign(ColumnTextAlign.END);
		addColumn((figure) -> InterviewPredictionText.figure(words, figure.correlation()))
			.setHeader(getTranslation("reports.prediction.r"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTextAlign(ColumnTextAlign.END)
			.setTooltipGenerator((figure) -> getTranslation("reports.prediction.interval.tooltip",
					InterviewPredictionText.interval(words, figure.correlation())));
		addColumn((figure) -> InterviewPredictionText.reading(words, figure.correlation()))
			.setHeader(getTranslation("reports.prediction.reading"))
			.setFlexGrow(3);
		addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		setAllRowsVisible(true);
		setAriaLabel(getTranslation(table + ".label"));
		setEmptyStateText(getTranslation(table + ".empty"));
	}

	void show(List<InterviewPrediction.Figure> figures) {
		setItems(figures);
	}

}
