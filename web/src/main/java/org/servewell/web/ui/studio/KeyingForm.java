package org.servewell.web.ui.studio;

import java.util.LinkedHashMap;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.servewell.authoring.KeyingService;
import org.servewell.authoring.MyKeying;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.MarkdownContent;
import org.servewell.web.ui.components.Notices;
import org.servewell.web.ui.components.ProblemList;

/**
 * The signed-in trainer's own keying: each scenario with its options' texts and a rating
 * of 1-4 for each, never the draft's ratings or feedback, so that the key is blind. Each
 * rating is saved as it is chosen.
 */
class KeyingForm extends Div {

	private final String courseCode;

	private final KeyingService keying;

	private final Runnable reread;

	/** The rating groups by scenario id and option number ("key/2"). */
	final Map<String, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();

	final Span saveState = new Span();

	final Span left = new Span();

	final Div problems = new Div();

	final Button submit = new Button(getTranslation("studio.keyform.submit"));

	KeyingForm(String courseCode, KeyingService keying, MyKeying mine, Runnable reread) {
		this.courseCode = courseCode;
		this.keying = keying;
		this.reread = reread;
		addClassName("sw-keying-form");
		this.saveState.addClassName("sw-save-state");
		this.saveState.getElement().setAttribute("aria-live", "polite");
		this.left.getElement().setAttribute("aria-live", "polite");
		this.problems.setVisible(false);
		add(new Paragraph(getTranslation("studio.keyform.intro")));
		mine.scenarios().forEach(this::addScenario);
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.submit.addClickListener((click) -> checkAndSubmit());
		Div buttons = new Div(this.submit, this.left, this.saveState);
		buttons.addClassName("sw-toolbar");
		add(this.problems, buttons);
		showLeft(mine);
		this.saveState.setText(getTranslation(ratedAny(mine) ? "studio.keyform.saved" : "studio.keyform.nothing"));
	}

	/** The rating group of a scenario's option (numbered from 1). */
	RadioButtonGroup<Integer> rating(String scenarioKey, int optionNumber) {
		return this.ratings.get(scenarioKey + "/" + optionNumber);
	}

	private void addScenario(MyKeying.Scenario scenario) {
		Section section = new Section(new H3(scenario.title()), new MarkdownContent(scenario.situation()),
				new Paragraph(scenario.prompt()));
		section.addClassName("sw-keying-scenario");
		for (MyKeying.Option option : scenario.options()) {
			RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation("studio.keyform.option",
					scenario.title(), String.valueOf(option.number()), option.text()));
			group.setItems(1, 2, 3, 4);
			group.setItemLabelGenerator((rating) -> OptionRow.ratingLabel(group, rating));
			if (option.rating() > 0) {
				group.setValue(option.rating());
			}
			group.addValueChangeListener((change) -> {
				if (change.getValue() != null) {
					rate(scenario.key(), option.number(), change.getValue());
				}
			});
			this.ratings.put(scenario.key() + "/" + option.number(), group);
			section.add(group);
		}
		add(section);
	}

	private void rate(String scenarioKey, int optionNumber, int rating) {
		try {
			MyKeying mine = this.keying.rate(this.courseCode, scenarioKey, optionNumber, rating);
			showLeft(mine);
			this.saveState.setText(getTranslation("studio.keyform.saved"));
		}
		catch (Refusal ex) {
			this.saveState.setText(getTranslation("studio.keyform.not-saved"));
			Notices.refused(ex);
			this.reread.run();
		}
	}

	private void showLeft(MyKeying mine) {
		int unrated = mine.unrated();
		this.left.setText((unrated == 0) ? getTranslation("studio.keyform.all-rated")
				: getTranslation("studio.keyform.left", unrated));
	}

	private void checkAndSubmit() {
		if (this.ratings.values().stream().anyMatch((group) -> group.getValue() == null)) {
			submit();
			return;
		}
		Confirmation.askBefore(getTranslation("studio.keyform.confirm.title"),
				getTranslation("studio.keyform.confirm.text"), getTranslation("studio.keyform.submit"),
				getTranslation("studio.keyform.confirm.keep"), this::submit);
	}

	private void submit() {
		try {
			this.keying.submit(this.courseCode);
			Notices.done(getTranslation("studio.keyform.done"));
			this.reread.run();
		}
		catch (Refusal ex) {
			Notices.refused(ex);
			ProblemList.showOrHide(this.problems, null, ErrorReporting.reasons(ex));
		}
	}

	private static boolean ratedAny(MyKeying mine) {
		return mine.scenarios()
			.stream()
			.flatMap((scenario) -> scenario.options().stream())
			.anyMatch((option) -> option.rating() > 0);
	}

}
