package org.servewell.web.ui.reports;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;

import org.servewell.people.Roles;
import org.servewell.reporting.CompletionTrendService;
import org.servewell.reporting.TraitPeriod;
import org.servewell.reporting.TraitResults;
import org.servewell.reporting.TraitResultsService;
import org.servewell.web.ui.components.CsvDownload;
import org.servewell.web.ui.components.FormBinder;

/**
 * Is the training working: per team and service trait, the mean credit of the scenario
 * quiz answers, as a heat map with the numbers in the cells, and below it the course
 * completions per month. Both on one page, the trend under the heat map: they answer the
 * same question for the same people, and a tab would hide the trend from those who never
 * open it. Managers see their own reports only. Reached from the reports page, so not in
 * the menu.
 */
@Route("reports/traits")
@RolesAllowed({ Roles.TRAINER, Roles.MANAGER, Roles.HR, Roles.ADMIN })
@StyleSheet("styles/reports-overdue-traits.css")
public class TraitResultsView extends Main implements HasDynamicTitle {

	final Select<TraitPeriod> period = new Select<>();

	final Div heatMap = new Div();

	final CsvDownload csv;

	private final BeanValidationBinder<PeriodForm> binder = FormBinder.forRecord(PeriodForm.class);

	private volatile TraitPeriod shown = TraitPeriod.LAST_12_MONTHS;

	TraitResultsView(TraitResultsService traitResults, CompletionTrendService trend) {
		addClassName("sw-page");
		Words words = Words.of(this);
		this.period.setLabel(getTranslation("reports.traits.period"));
		this.period.setItems(TraitPeriod.values());
		this.period.setItemLabelGenerator((period) -> label(words, period));
		this.binder.forField(this.period).asRequired(getTranslation("reports.traits.period.required")).bind("period");
		// It always has a value; the indicator would put aria-required on the select's
		// button, where ARIA does not allow it.
		this.period.setRequiredIndicatorVisible(false);
		this.binder.readRecord(new PeriodForm(this.shown));
		this.binder.addValueChangeListener((change) -> {
			try {
				show(traitResults, this.binder.writeRecord().period());
			}
			catch (ValidationException ex) {
				// The field says what is wrong; the heat map keeps its period.
			}
		});
		this.csv = new CsvDownload(getTranslation("reports.download-csv"), traitResults::csvFileName,
				(out) -> traitResults.writeCsv(this.shown, out));
		Div filters = new Div(this.period);
		filters.addClassName("sw-report-filters");
		Div actions = new Div(this.csv);
		actions.addClassName("sw-report-actions");
		add(new H2(getTranslation("reports.traits.title")), new Paragraph(getTranslation("reports.traits.intro")),
				filters, actions, this.heatMap, new H3(getTranslation("reports.trend.title")),
				new CompletionTrendPanel(words, trend.lastTwelveMonths()));
		show(traitResults, this.shown);
	}

	private void show(TraitResultsService traitResults, TraitPeriod chosen) {
		this.shown = chosen;
		TraitResults results = traitResults.results(chosen);
		this.heatMap.removeAll();
		String who = results.teamOnly() ? ".team" : ".everyone";
		if (results.empty()) {
			this.heatMap.add(new Paragraph(getTranslation("reports.traits.empty" + who)));
			return;
		}
		this.heatMap.add(new Paragraph(getTranslation("reports.traits.teams" + who)),
				new TraitHeatMap(Words.of(this), results));
	}

	static String label(Words words, TraitPeriod period) {
		return switch (period) {
			case LAST_3_MONTHS -> words.translate("reports.traits.period.months", 3);
			case LAST_12_MONTHS -> words.translate("reports.traits.period.months", 12);
			case ALL_TIME -> words.translate("reports.traits.period.all");
		};
	}

	/**
	 * The heat map's filter.
	 *
	 * @param period when the answers counted were submitted
	 */
	public record PeriodForm(@NotNull(message = "Choose a period.") TraitPeriod period) {
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reports.traits.title");
	}

}
