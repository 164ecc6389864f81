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
import org.servewell.web.ui.components.Notices;
import org.servewell.web.ui.components.ProblemList;

/**
 * The panel's key of the draft, for a trainer who submitted their own: per scenario,
 * every rater's rating of each option, the key, the draft's current rating and the
 * options raters differ on; the agreement over the bank; and applying the key.
 */
class KeyPanelView extends Div {

	private final StudioDraft course;

	private final KeyingService keying;

	final Paragraph agreement = new Paragraph();

	final Paragraph disputes = new Paragraph();

	final List<Grid<KeyPanel.Option>> grids = new ArrayList<>();

	final Button apply = new Button(getTranslation("studio.keypanel.apply"));

	KeyPanelView(StudioDraft course, KeyingService keying, KeyPanel panel) {
		this.course = course;
		this.keying = keying;
		addClassName("sw-key-panel");
		this.agreement.setText(agreement(this, panel));
		long disputed = panel.disputedOptions();
		this.disputes.setText(getTranslation("studio.keypanel.disputes", disputed, KeyPanel.DISPUTED_SPREAD));
		this.apply.addClickListener((click) -> Confirmation.ask(getTranslation("studio.keypanel.apply.title"),
				getTranslation("studio.keypanel.apply.text"), getTranslation("studio.keypanel.apply.confirm"),
				this::applyKey));
		add(new H3(getTranslation("studio.keypanel.title")),
				new Paragraph(getTranslation("studio.keypanel.raters", String.join(", ", panel.raters()))),
				this.agreement, this.disputes, this.apply);
		panel.scenarios().forEach((scenario) -> add(scenarioSection(panel, scenario)));
	}

	static String agreement(Component owner, KeyPanel panel) {
		return panel.alpha().isPresent() ? owner.getTranslation("studio.keypanel.agreement",
				panel.alpha().getAsDouble(), panel.optionsCompared())
				: owner.getTranslation("studio.keypanel.agreement.none");
	}

	/** The flag on an option whose ratings are far apart. */
	static String disputed(Component owner) {
		return owner.getTranslation("studio.keypanel.disputed", KeyPanel.DISPUTED_SPREAD);
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
			.setHeader(getTranslation("studio.keypanel.option"))
			.setWidth("14rem")
			.setFlexGrow(1);
		for (int i = 0; i < panel.raters().size(); i++) {
			String rater = panel.raters().get(i);
			grid.addColumn((option) -> rating(option, rater, getTranslation("studio.keypanel.not-rated")))
				.setHeader(rater)
				.setWidth("6rem")
				.setFlexGrow(0);
		}
		String none = getTranslation("studio.none");
		grid.addColumn((option) -> (option.key() == 0) ? none : String.valueOf(option.key()))
			.setHeader(getTranslation("studio.keypanel.key"))
			.setWidth("5rem")
			.setFlexGrow(0);
		grid.addColumn((option) -> (option.draftRating() == 0) ? none : String.valueOf(option.draftRating()))
			.setHeader(getTranslation("studio.keypanel.draft-now"))
			.setWidth("6rem")
			.setFlexGrow(0);
		grid.addComponentColumn(this::flag)
			.setHeader(getTranslation("studio.keypanel.flag"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.setItems(scenario.options());
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.setAriaLabel(getTranslation("studio.keypanel.grid", scenario.title()));
		this.grids.add(grid);
		section.add(problem, grid);
		return section;
	}

	/** The rater's rating of the option, or "not rated". */
	private static String rating(KeyPanel.Option option, String rater, String notRated) {
		return option.ratings()
			.stream()
			.filter((rating) -> rating.rater().equals(rater))
			.findFirst()
			.map((rating) -> String.valueOf(rating.rating()))
			.orElse(notRated);
	}

	private Component flag(KeyPanel.Option option) {
		if (!option.disputed()) {
			return new Span();
		}
		Span flag = new Span(disputed(this));
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
			Notices.noted(applied(this, applied[0]));
		}
	}

	static String applied(Component owner, KeyApplied applied) {
		StringBuilder said = new StringBuilder();
		said.append(applied.changed().isEmpty() ? owner.getTranslation("studio.keypanel.applied.none")
				: owner.getTranslation("studio.keypanel.applied", applied.changed().size(),
						String.join(", ", titles(owner, applied))));
		for (KeyApplied.LeftAlone left : applied.leftAlone()) {
			said.append(owner.getTranslation("studio.keypanel.left-alone", left.title(), left.reason()));
		}
		return said.toString();
	}

	/**
	 * The changed scenarios by their titles, as the trainer knows them, not their ids.
	 */
	private static List<String> titles(Component owner, KeyApplied applied) {
		return applied.changed()
			.stream()
			.map((key) -> applied.draft()
				.scenarios()
				.stream()
				.filter((scenario) -> scenario.key().equals(key))
				.findFirst()
				.map((scenario) -> owner.getTranslation("studio.quoted", scenario.title()))
				.orElse(key))
			.toList();
	}

}
