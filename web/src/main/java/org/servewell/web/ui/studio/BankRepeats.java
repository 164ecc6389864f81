package org.servewell.web.ui.studio;

import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.servewell.authoring.BankHealthView;

/**
 * The part of the bank health that names the scenarios a learner would meet twice: the
 * same dilemma as another scenario (in the draft, or in another course learners already
 * take), and a lesson's example retold as a scenario. Each of the draft's scenarios is a
 * way into its editor.
 */
final class BankRepeats extends Div {

	private final LongConsumer open;

	BankRepeats(LongConsumer open) {
		this.open = open;
		addClassName("sw-bank-repeats");
	}

	void show(BankHealthView read) {
		removeAll();
		List<BankHealthView.SameDilemma> same = read.sameDilemmas();
		List<BankHealthView.RetoldLesson> retold = read.retoldLessons();
		if (same.isEmpty() && retold.isEmpty()) {
			setVisible(false);
			return;
		}
		setVisible(true);
		add(new H4(getTranslation("studio.repeats.title")), new Paragraph(getTranslation("studio.repeats.text")));
		UnorderedList list = new UnorderedList();
		for (BankHealthView.SameDilemma pair : same) {
			list.add(item(pair.scenario(), getTranslation("studio.repeats.same"), otherOf(pair),
					getTranslation("studio.repeats.alike", alike(pair.similarity()), "")));
		}
		for (BankHealthView.RetoldLesson replay : retold) {
			String names = replay.sharedNames().isEmpty() ? ""
					: getTranslation("studio.repeats.names", String.join(", ", replay.sharedNames()));
			list.add(item(replay.scenario(), getTranslation("studio.repeats.retells"),
					new Span(getTranslation("studio.quoted", replay.lessonTitle())),
					getTranslation("studio.repeats.alike", alike(replay.similarity()), names)));
		}
		add(list);
	}

	private Component otherOf(BankHealthView.SameDilemma pair) {
		if (pair.sameBank()) {
			return opener(pair.other());
		}
		return new Span(getTranslation("studio.repeats.other", pair.other().title(), pair.otherCourse()));
	}

	private String alike(double similarity) {
		return BankHealthPanel.percent(similarity, getLocale());
	}

	private ListItem item(BankHealthView.Scenario scenario, String says, Component other, String end) {
		return new ListItem(opener(scenario), new Span(says), other, new Span(end));
	}

	private Button opener(BankHealthView.Scenario scenario) {
		Button title = new Button(getTranslation("studio.quoted", scenario.title()),
				(click) -> this.open.accept(scenario.id()));
		title.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		title.setAriaLabel(getTranslation("studio.health.open", scenario.title()));
		return title;
	}

}
