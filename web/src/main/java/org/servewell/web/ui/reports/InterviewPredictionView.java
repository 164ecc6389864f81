package org.servewell.web.ui.reports;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed(Roles.HR)
public class InterviewPredictionView extends Main implements HasDynamicTitle {

	/** The choice that shows every position, in the page's language. */
	final String allPositions = getTranslation("reports.prediction.position.all");

	final ComboBox<String> position = new ComboBox<>(getTranslation("reports.prediction.position"));

	final Paragraph headline = new Paragraph();

	final Paragraph needed = new Paragraph(getTranslation("reports.prediction.needed"));

	final InterviewPredictionFigures traits = new InterviewPredictionFigures("reports.prediction.traits");

	final InterviewPredictionFigures interviewers = new InterviewPredictionFigures("reports.prediction.interviewers");

	private final InterviewPredictionService predictions;

	InterviewPredictionView(InterviewPredictionService predictions) {
		this.predictions = predictions;
		addClassNames("sw-page", "sw-interview-prediction");
		List<String> choices = new ArrayList<>();
		choices.add(this.allPositions);
		choices.addAll(predictions.positions());
		this.position.setItems(choices);
		this.position.setValue(this.allPositions);
		this.position.addValueChangeListener((event) -> load());
		this.headline.addClassName("sw-headline");

		add(new RouterLink(getTranslation("reports.prediction.agreement"), AgreementView.class),
				new H2(getTranslation("reports.prediction.title")),
				new Paragraph(getTranslation("reports.prediction.intro")),
				new Paragraph(getTranslation("reports.prediction.caution", PearsonCorrelation.MINIMUM_PAIRS)),
				this.position, this.headline, this.needed, new H3(getTranslation("reports.prediction.traits")),
				this.traits, new H3(getTranslation("reports.prediction.interviewers")),
				new Paragraph(getTranslation("reports.prediction.interviewers.intro")), this.interviewers,
				new CsvDownload(getTranslation("reports.prediction.csv"), predictions::csvFileName,
						(out) -> predictions.writeCsv(chosenPosition(), out)));
		load();
	}

	private void load() {
		InterviewPrediction prediction = this.predictions.prediction(chosenPosition());
		this.headline.setText(InterviewPredictionText.headline(Words.of(this), prediction));
		this.needed.setVisible(prediction.isEmpty());
		this.traits.show(prediction.traits());
		this.interviewers.show(prediction.interviewers());
	}

	private String chosenPosition() {
		String chosen = this.position.getValue();
		return (chosen == null || this.allPositions.equals(chosen)) ? null : chosen;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("reports.prediction.title");
	}

}
