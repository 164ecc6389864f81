package org.servewell.web.ui.screening;

import java.util.List;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.hiring.AgreementReport;
import org.servewell.hiring.AgreementReport.Reliability;
import org.servewell.hiring.PanelAgreement;
import org.servewell.hiring.ScreeningReportService;
import org.servewell.people.Roles;
import org.servewell.web.ui.reports.InterviewPredictionView;

/**
 * How far HR can rely on the interviewers' ratings: per trait, Krippendorff's alpha over
 * every candidate two or more interviewers rated, and per interviewer how lenient or
 * severe they rate against the rest of the panel.
 */
@Route("candidates/agreement")
@RolesAllowed(Roles.HR)
public class AgreementView extends Main implements HasDynamicTitle {

	final Paragraph headline = new Paragraph();

	final Grid<AgreementReport.TraitAgreement> traits = new Grid<>();

	final Grid<AgreementReport.InterviewerLeniency> interviewers = new Grid<>();

	AgreementView(ScreeningReportService reports) {
		addClassNames("sw-page", "sw-agreement");
		PanelAgreement agreement = reports.agreement();
		AgreementReport report = agreement.report();
		AgreementText words = new AgreementText(this::getTranslation, getLocale());
		this.headline.setText(words.headline(agreement));
		this.headline.addClassName("sw-headline");

		this.traits.addColumn(AgreementReport.TraitAgreement::traitName)
			.setHeader(getTranslation("hiring.agreement.trait"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		ScreeningText.addFigureColumn(this.traits, AgreementReport.TraitAgreement::candidatesCompared,
				getTranslation("hiring.agreement.compared"));
		ScreeningText.addFigureColumn(this.traits, (trait) -> words.shown(trait, trait.alpha()),
				getTranslation("hiring.agreement.alpha.header"));
		ScreeningText
			.addFigureColumn(this.traits, (trait) -> words.shown(trait, trait.absoluteAgreementIcc()),
					getTranslation("hiring.agreement.icc.header"))
			.setTooltipGenerator((trait) -> trait.absoluteAgreementIcc().isPresent() ? ""
					: getTranslation("hiring.agreement.icc.tooltip"));
		this.traits.addColumn((trait) -> words.reliability(trait.reliability()))
			.setHeader(getTranslation("hiring.agreement.reliability"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		present(this.traits, (trait) -> words.reading(trait, agreement), "hiring.agreement.per-trait.label",
				"hiring.agreement.none", report.traits());

		this.interviewers.addColumn((leniency) -> agreement.nameOf(leniency.interviewerId()))
			.setHeader(getTranslation("hiring.agreement.interviewer"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		ScreeningText.addFigureColumn(this.interviewers, (leniency) -> words.difference(leniency.meanDifference()),
				getTranslation("hiring.agreement.difference"));
		ScreeningText.addFigureColumn(this.interviewers, AgreementReport.InterviewerLeniency::ratingsCompared,
				getTranslation("hiring.agreement.ratings-compared"));
		present(this.interviewers, words::leniency, "hiring.agreement.leniency.label", "hiring.agreement.leniency.none",
				report.interviewers());

		add(new RouterLink(getTranslation("hiring.candidate.all"), CandidatesView.class),
				new H2(getTranslation("hiring.agreement.title")), this.headline,
				new Paragraph(new Text(getTranslation("hiring.agreement.prediction")),
						new RouterLink(getTranslation("hiring.agreement.prediction.link"),
								InterviewPredictionView.class)),
				new Paragraph(getTranslation("hiring.agreement.alpha.text", words.figure(Reliability.RELIABLE_FROM),
						words.figure(Reliability.TENTATIVE_FROM))),
				new Paragraph(getTranslation("hiring.agreement.icc.text")),
				new Paragraph(getTranslation("hiring.agreement.minimum.text", AgreementReport.MINIMUM_CANDIDATES)),
				new H3(getTranslation("hiring.agreement.per-trait")), this.traits,
				new H3(getTranslation("hiring.agreement.interviewers")),
				new Paragraph(getTranslation("hiring.agreement.difference.text")), this.interviewers);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("hiring.agreement.title");
	}

	/**
	 * Ends a grid with the figures in words, and shows every row: the lists are short.
	 */
	private <T> void present(Grid<T> grid, ValueProvider<T, String> reading, String labelKey, String emptyKey,
			List<T> items) {
		grid.addColumn(reading).setHeader(getTranslation("hiring.agreement.reading")).setFlexGrow(3);
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(getTranslation(labelKey));
		grid.setEmptyStateText(getTranslation(emptyKey));
		grid.setItems(items);
	}

}
