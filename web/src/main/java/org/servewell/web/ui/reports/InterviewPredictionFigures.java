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
	 * @param subject the first column's header, such as "Trait"
	 * @param label the table's accessible name
	 * @param empty what the table says when it has no rows
	 */
	InterviewPredictionFigures(String subject, String label, String empty) {
		addColumn(InterviewPrediction.Figure::name).setHeader(subject).setAutoWidth(true).setFlexGrow(0);
		addColumn(InterviewPrediction.Figure::people).setHeader("People")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTextAlign(ColumnTextAlign.END);
		addColumn((figure) -> InterviewPredictionText.figure(figure.correlation())).setHeader("r")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setTextAlign(ColumnTextAlign.END)
			.setTooltipGenerator((figure) -> "95% interval: " + InterviewPredictionText.interval(figure.correlation()));
		addColumn((figure) -> InterviewPredictionText.reading(figure.correlation())).setHeader("Reading")
			.setFlexGrow(3);
		addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		setAllRowsVisible(true);
		setAriaLabel(label);
		setEmptyStateText(empty);
	}

	void show(List<InterviewPrediction.Figure> figures) {
		setItems(figures);
	}

}
