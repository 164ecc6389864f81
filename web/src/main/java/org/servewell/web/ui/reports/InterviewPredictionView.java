package org.servewell.web.ui.reports;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.Roles;
import org.servewell.reporting.InterviewPrediction;
import org.servewell.reporting.InterviewPredictionService;
import org.servewell.reporting.PearsonCorrelation;
import org.servewell.web.ui.components.CsvDownload;
import org.servewell.web.ui.screening.AgreementView;

/**
 * Do interviews predict learning: for hires who were interviewed and have since taken
 * quizzes, per service trait and per interviewer, how far the interview ratings went with
 * the quiz results, with the number of people behind each figure and a caution when they
 * are too few. Shown to HR beside interviewer agreement.
 */
@Route("reports/interviews-and-learning")
@PageTitle("Do interviews predict learning?")
@RolesAllowed(Roles.HR)
public class InterviewPredictionView extends Main {

	/** The choice that shows every position. */
	static final String ALL_POSITIONS = "All positions";

	final ComboBox<String> position = new ComboBox<>("Position");

	final Paragraph headline = new Paragraph();

	final Paragraph needed = new Paragraph("The figures appear once hires who were interviewed with a kit (their "
			+ "interviewers submitted scorecards) have submitted quizzes in their courses.");

	final InterviewPredictionFigures traits = new InterviewPredictionFigures("Trait",
			"Interview rating against quiz result, per trait",
			"No trait has both interview ratings and quiz results yet.");

	final InterviewPredictionFigures interviewers = new InterviewPredictionFigures("Interviewer",
			"Interviewer's rating against quiz result, per interviewer",
			"No interviewer has rated a hire who has quiz results yet.");

	private final InterviewPredictionService predictions;

	InterviewPredictionView(InterviewPredictionService predictions) {
		this.predictions = predictions;
		addClassNames("sw-page", "sw-interview-prediction");
		List<String> choices = new ArrayList<>();
		choices.add(ALL_POSITIONS);
		choices.addAll(predictions.positions());
		this.position.setItems(choices);
		this.position.setValue(ALL_POSITIONS);
		this.position.addValueChangeListener((event) -> load());
		this.headline.addClassName("sw-headline");

		add(new RouterLink("Interviewer agreement", AgreementView.class), new H2("Do interviews predict learning?"),
				new Paragraph("For hires who were interviewed with a kit and have since submitted quizzes: does the "
						+ "rating the interview panel gave a trait (the mean of the interviewers' ratings) go with "
						+ "how the hire then did on that trait's quiz scenarios (the mean credit of their answers)? "
						+ "The figure r, Pearson's correlation, runs from −1 to 1: near 1, hires rated higher did "
						+ "better; near 0, the rating said nothing about the quiz; below 0, hires rated higher did "
						+ "worse. People counts the hires behind each figure."),
				new Paragraph("A figure from fewer than " + PearsonCorrelation.MINIMUM_PAIRS
						+ " people can mean anything: with so few, chance alone produces large correlations, and "
						+ "the range the true figure most likely lies in (its 95% interval, given in the reading) "
						+ "reaches from negative to strongly positive. With 9 people, an r of 0.5 "
						+ "fits anything from −0.25 to 0.87."),
				this.position, this.headline, this.needed, new H3("Per trait"), this.traits, new H3("Per interviewer"),
				new Paragraph("Each interviewer's own ratings of the hires they interviewed, averaged over the traits "
						+ "the hire has quiz results for, against the hire's results on the same traits."),
				this.interviewers, new CsvDownload("Download the figures as CSV", predictions::csvFileName,
						(out) -> predictions.writeCsv(chosenPosition(), out)));
		load();
	}

	private void load() {
		InterviewPrediction prediction = this.predictions.prediction(chosenPosition());
		this.headline.setText(InterviewPredictionText.headline(prediction));
		this.needed.setVisible(prediction.isEmpty());
		this.traits.show(prediction.traits());
		this.interviewers.show(prediction.interviewers());
	}

	private String chosenPosition() {
		String chosen = this.position.getValue();
		return (chosen == null || ALL_POSITIONS.equals(chosen)) ? null : chosen;
	}

}
