package org.servewell.web.ui.screening;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Interviewer agreement")
@RolesAllowed(Roles.HR)
public class AgreementView extends Main {

	final Paragraph headline = new Paragraph();

	final Grid<AgreementReport.TraitAgreement> traits = new Grid<>();

	final Grid<AgreementReport.InterviewerLeniency> interviewers = new Grid<>();

	AgreementView(ScreeningReportService reports) {
		addClassNames("sw-page", "sw-agreement");
		PanelAgreement agreement = reports.agreement();
		AgreementReport report = agreement.report();
		this.headline.setText(AgreementText.headline(agreement));
		this.headline.addClassName("sw-headline");

		this.traits.addColumn(AgreementReport.TraitAgreement::traitName)
			.setHeader("Trait")
			.setAutoWidth(true)
			.setFlexGrow(0);
		ScreeningText.addFigureColumn(this.traits, AgreementReport.TraitAgreement::candidatesCompared,
				"Candidates compared");
		ScreeningText.addFigureColumn(this.traits, (trait) -> AgreementText.shown(trait, trait.alpha()), "Alpha");
		ScreeningText
			.addFigureColumn(this.traits, (trait) -> AgreementText.shown(trait, trait.absoluteAgreementIcc()),
					"ICC(2,1)")
			.setTooltipGenerator((trait) -> trait.absoluteAgreementIcc().isPresent() ? ""
					: "Only when the same interviewers rated every compared candidate");
		this.traits.addColumn((trait) -> AgreementText.reliability(trait.reliability()))
			.setHeader("Reliability")
			.setAutoWidth(true)
			.setFlexGrow(0);
		present(this.traits, (trait) -> AgreementText.reading(trait, agreement), "Agreement per trait",
				"No submitted scorecards yet.", report.traits());

		this.interviewers.addColumn((leniency) -> agreement.nameOf(leniency.interviewerId()))
			.setHeader("Interviewer")
			.setAutoWidth(true)
			.setFlexGrow(0);
		ScreeningText.addFigureColumn(this.interviewers,
				(leniency) -> String.format(Locale.ENGLISH, "%+.1f", leniency.meanDifference()), "Mean difference");
		ScreeningText.addFigureColumn(this.interviewers, AgreementReport.InterviewerLeniency::ratingsCompared,
				"Ratings compared");
		present(this.interviewers, AgreementText::leniency, "Interviewer leniency",
				"No interviewer has rated a candidate another interviewer also rated.", report.interviewers());

		add(new RouterLink("All candidates", CandidatesView.class), new H2("Interviewer agreement"), this.headline,
				new Paragraph(new Text("Whether the ratings also foretell how hires then do in their courses: "),
						new RouterLink("Do interviews predict learning?", InterviewPredictionView.class)),
				new Paragraph("Krippendorff's alpha measures how far the interviewers agree beyond chance, over every "
						+ "candidate two or more of them rated: 1 is perfect agreement, 0 no better than chance, and "
						+ "below 0 worse than chance: the interviewers systematically disagree, one rating high where "
						+ "another rates low. Rely on a trait's ratings when alpha is "
						+ AgreementText.figure(Reliability.RELIABLE_FROM) + " or more; from "
						+ AgreementText.figure(Reliability.TENTATIVE_FROM) + " draw only tentative conclusions; below "
						+ AgreementText.figure(Reliability.TENTATIVE_FROM)
						+ " the interviewers need to align on the trait's anchors first."),
				new Paragraph("ICC(2,1), the intraclass correlation for absolute agreement, says the same in "
						+ "another way where the same interviewers rated every candidate. When interviewers rank "
						+ "candidates alike but one rates consistently higher, the page says so: that is a "
						+ "difference of level, fixed by agreeing what each rating means."),
				new Paragraph("A trait is read once " + AgreementReport.MINIMUM_CANDIDATES
						+ " candidates have each been rated by two or more interviewers. With fewer, the figures "
						+ "swing widely: from three candidates, an alpha of 0.8 fits anything from below 0 to nearly 1."),
				new H3("Per trait"), this.traits, new H3("Interviewers"),
				new Paragraph("A positive mean difference means the interviewer rates above the rest of the panel "
						+ "(lenient), a negative one below (severe), in rating points."),
				this.interviewers);
	}

	/**
	 * Ends a grid with the figures in words, and shows every row: the lists are short.
	 */
	private static <T> void present(Grid<T> grid, ValueProvider<T, String> reading, String label, String empty,
			List<T> items) {
		grid.addColumn(reading).setHeader("Reading").setFlexGrow(3);
		grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAllRowsVisible(true);
		grid.setAriaLabel(label);
		grid.setEmptyStateText(empty);
		grid.setItems(items);
	}

}
