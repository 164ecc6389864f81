package org.servewell.web.ui.studio;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;

import org.servewell.authoring.KeyApplied;
import org.servewell.authoring.KeyPanel;
import org.servewell.authoring.KeyingService;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.Notices;
import org.servewell.web.ui.components.ProblemList;

/**
 * The panel's key of the draft, for a trainer who submitted their own: per scenario,
 * every rater's rating of each option, the key, the draft's current rating and the
 * options raters differ on; the agreement over the bank; and applying the key.
 */
class KeyPanelView extends Div {

	static final String DISPUTED = "Raters differ by " + KeyPanel.DISPUTED_SPREAD + " or more";

	private final StudioDraft course;

	private final KeyingService keying;

	final Paragraph agreement = new Paragraph();

	final Paragraph disputes = new Paragraph();

	final List<Grid<KeyPanel.Option>> grids = new ArrayList<>();

	final Button apply = new Button("Apply the panel's key to the draft");

	KeyPanelView(StudioDraft course, KeyingService keying, KeyPanel panel) {
		this.course = course;
		this.keying = keying;
		addClassName("sw-key-panel");
		this.agreement.setText(agreement(panel));
		long disputed = panel.disputedOptions();
		this.disputes.setText((disputed == 0) ? "No option has ratings " + KeyPanel.DISPUTED_SPREAD + " or more apart."
				: disputed + ((disputed == 1) ? " option has" : " options have") + " ratings "
						+ KeyPanel.DISPUTED_SPREAD + " or more apart: discuss " + ((disputed == 1) ? "it" : "them")
						+ " before applying the key.");
		this.apply.addClickListener((click) -> Confirmation.ask("Apply the panel's key?",
				"Each option's rating in the draft becomes the panel's key (the mean rounded to the scale). "
						+ "A scenario the key gives no single best option is left as it is.",
				"Apply the key", this::applyKey));
		add(new H3("The panel's key"), new Paragraph("Raters: " + String.join(", ", panel.raters())
				+ ". The key is the mean rating " + "rounded to the scale (halves up)."), this.agreement, this.disputes,
				this.apply);
		panel.scenarios().forEach((scenario) -> add(scenarioSection(panel, scenario)));
	}

	static String agreement(KeyPanel panel) {
		return panel.alpha().isPresent()
				? "Agreement (Krippendorff's alpha): " + Formats.decimal(panel.alpha().getAsDouble(), 2) + " over "
						+ panel.optionsCompared() + ((panel.optionsCompared() == 1) ? " option." : " options.")
				: "Agreement (Krippendorff's alpha): not enough ratings yet.";
	}

	private Section scenarioSection(KeyPanel panel, KeyPanel.Scenario scenario) {
		Section section = new Section(new H3(scenario.title()));
		section.addClassName("sw-keying-scenario");
		Div problem = new Div();
		ProblemList.showOrHide(problem, null, scenario.keyProblem().stream().toList());
		Grid<KeyPanel.Option> grid = new Grid<>();
		// The figures' columns keep to their width and wrap their headers (a rater's
		// name, the
		// draft's ratings), so that the option's text keeps the room to be read.
		grid.addColumn((option) -> option.number() + ". " + option.text())
			.setHeader("Option")
			.setWidth("14rem")
			.setFlexGrow(1);
		for (int i = 0; i < panel.raters().size(); i++) {
			String rater = panel.raters().get(i);
			grid.addColumn((option) -> rating(option, rater)).setHeader(rater).setWidth("6rem").setFlexGrow(0);
		}
		grid.addColumn((option) -> (option.key() == 0) ? "none" : String.valueOf(option.key()))
			.setHeader("Key")
			.setWidth("5rem")
			.setFlexGrow(0);
		grid.addColumn((option) -> (option.draftRating() == 0) ? "none" : String.valueOf(option.draftRating()))
			.setHeader("Draft now")
			.setWidth("6rem")
			.setFlexGrow(0);
		grid.addComponentColumn(KeyPanelView::flag).setHeader("Flag").setAutoWidth(true).setFlexGrow(0);
		grid.setItems(scenario.options());
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAriaLabel("Panel's ratings of " + scenario.title());
		this.grids.add(grid);
		section.add(problem, grid);
		return section;
	}

	/** The rater's rating of the option, or "not rated". */
	private static String rating(KeyPanel.Option option, String rater) {
		return option.ratings()
			.stream()
			.filter((rating) -> rating.rater().equals(rater))
			.findFirst()
			.map((rating) -> String.valueOf(rating.rating()))
			.orElse("not rated");
	}

	private static Component flag(KeyPanel.Option option) {
		if (!option.disputed()) {
			return new Span();
		}
		Span flag = new Span(DISPUTED);
		flag.getElement().getThemeList().add("badge error");
		return flag;
	}

	private void applyKey() {
		KeyApplied[] applied = new KeyApplied[1];
		this.course.change(() -> {
			applied[0] = this.keying.applyPanelKey(this.course.code());
			return applied[0].draft();
		}, null);
		if (applied[0] != null) {
			Notices.noted(applied(applied[0]));
		}
	}

	static String applied(KeyApplied applied) {
		StringBuilder said = new StringBuilder();
		said.append(applied.changed().isEmpty() ? "The draft already had the panel's key: nothing changed."
				: "The panel's key now rates " + applied.changed().size()
						+ ((applied.changed().size() == 1) ? " scenario" : " scenarios") + ": "
						+ String.join(", ", titles(applied)) + ".");
		for (KeyApplied.LeftAlone left : applied.leftAlone()) {
			said.append(" Left '").append(left.title()).append("' as it was: ").append(left.reason());
		}
		return said.toString();
	}

	/**
	 * The changed scenarios by their titles, as the trainer knows them, not their ids.
	 */
	private static List<String> titles(KeyApplied applied) {
		return applied.changed()
			.stream()
			.map((key) -> applied.draft()
				.scenarios()
				.stream()
				.filter((scenario) -> scenario.key().equals(key))
				.findFirst()
				.map((scenario) -> "'" + scenario.title() + "'")
				.orElse(key))
			.toList();
	}

}
