package org.servewell.web.ui.studio;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.servewell.authoring.DraftView;
import org.servewell.content.OptionContent;
import org.servewell.content.QuizSettings;
import org.servewell.web.ui.components.AccessibleTabSheet;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.MarkdownContent;

/**
 * The draft as a learner would take it: the lessons one by one, and a quiz attempt drawn
 * as the quiz settings say, one scenario per page, with the result and feedback after
 * submitting. Nothing is recorded: no attempt, no answer, no completion.
 */
class PreviewDialog extends Dialog {

	private final DraftView draft;

	private final Div lessonPage = new Div();

	private final Div quizPage = new Div();

	private final List<DraftView.Scenario> drawn;

	private final Map<Integer, List<OptionContent>> shownOptions = new HashMap<>();

	private final Map<Integer, OptionContent> chosen = new HashMap<>();

	PreviewDialog(DraftView draft) {
		this.draft = draft;
		setHeaderTitle(getTranslation("studio.preview.title", draft.details().title()));
		setWidth("min(60rem, 96vw)");
		addClassName("sw-preview-dialog");
		List<DraftView.Scenario> bank = new ArrayList<>(draft.scenarios());
		Collections.shuffle(bank);
		this.drawn = bank.subList(0, Math.min(Math.max(draft.details().quiz().scenariosPerAttempt(), 0), bank.size()));
		Paragraph note = new Paragraph(getTranslation("studio.preview.note"));
		note.addClassName("sw-facts");
		AccessibleTabSheet tabs = new AccessibleTabSheet();
		tabs.add(getTranslation("studio.preview.lessons"), this.lessonPage);
		tabs.add(getTranslation("studio.preview.quiz"), this.quizPage);
		tabs.setWidthFull();
		add(note, tabs);
		getFooter().add(new Button(getTranslation("studio.preview.close"), (click) -> close()));
		showLesson(0);
		showScenario(0);
	}

	private void showLesson(int index) {
		this.lessonPage.removeAll();
		if (this.draft.lessons().isEmpty()) {
			this.lessonPage.add(new Paragraph(getTranslation("studio.preview.no-lessons")));
			return;
		}
		DraftView.Lesson lesson = this.draft.lessons().get(index);
		Span position = new Span(getTranslation("studio.preview.lesson", index + 1, this.draft.lessons().size()));
		position.addClassName("sw-facts");
		Button previous = new Button(getTranslation("studio.preview.previous"), (click) -> showLesson(index - 1));
		previous.setEnabled(index > 0);
		Button next = new Button(getTranslation("studio.preview.next"), (click) -> showLesson(index + 1));
		next.setEnabled(index < this.draft.lessons().size() - 1);
		next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div buttons = new Div(previous, next);
		buttons.addClassName("sw-toolbar");
		// As on the learner's course page: the lesson's text alone, which opens with its
		// title as a heading, so the title is not shown a second time above it.
		this.lessonPage.add(position, new MarkdownContent(lesson.markdown()), buttons);
	}

	private void showScenario(int index) {
		this.quizPage.removeAll();
		if (this.drawn.isEmpty()) {
			this.quizPage.add(new Paragraph(getTranslation("studio.preview.no-scenarios")));
			return;
		}
		DraftView.Scenario scenario = this.drawn.get(index);
		List<OptionContent> options = this.shownOptions.computeIfAbsent(index, (i) -> {
			List<OptionContent> order = new ArrayList<>(scenario.options());
			if (this.draft.details().quiz().shuffleOptions()) {
				Collections.shuffle(order);
			}
			return order;
		});
		Span position = new Span(getTranslation("studio.preview.scenario", index + 1, this.drawn.size()));
		position.addClassName("sw-facts");
		RadioButtonGroup<OptionContent> choices = new RadioButtonGroup<>(scenario.prompt());
		choices.setItems(options);
		choices.setItemLabelGenerator(OptionContent::text);
		choices.addClassName("sw-choices");
		if (this.chosen.containsKey(index)) {
			choices.setValue(this.chosen.get(index));
		}
		choices.addValueChangeListener((change) -> this.chosen.put(index, change.getValue()));
		Button previous = new Button(getTranslation("studio.preview.previous"), (click) -> showScenario(index - 1));
		previous.setEnabled(index > 0);
		Button next = new Button(getTranslation("studio.preview.next"), (click) -> showScenario(index + 1));
		next.setEnabled(index < this.drawn.size() - 1);
		Button submit = new Button(getTranslation("studio.preview.submit"), (click) -> showResult());
		submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Div buttons = new Div(previous, next, submit);
		buttons.addClassName("sw-toolbar");
		Div page = new Div(position, new H3(scenario.title()), new MarkdownContent(scenario.situation()), choices,
				buttons);
		page.addClassName("sw-quiz");
		this.quizPage.add(page);
	}

	private void showResult() {
		this.quizPage.removeAll();
		// Scored as the real quiz scores; an option the draft has not rated yet earns
		// nothing.
		List<Integer> ratings = new ArrayList<>();
		for (int i = 0; i < this.drawn.size(); i++) {
			OptionContent choice = this.chosen.get(i);
			ratings.add((choice != null && choice.rating() >= OptionContent.WORST_RATING) ? choice.rating() : null);
		}
		int percent = QuizSettings.scorePercent(ratings);
		boolean passed = this.draft.details().quiz().passes(percent);
		Paragraph verdict = new Paragraph(getTranslation(passed ? "studio.preview.passed" : "studio.preview.failed",
				Formats.percent(percent, getLocale()),
				Formats.percent(this.draft.details().quiz().passMark(), getLocale()),
				this.draft.details().quiz().attemptsAllowed()));
		verdict.getElement().setAttribute("role", "status");
		this.quizPage.add(verdict);
		for (int i = 0; i < this.drawn.size(); i++) {
			DraftView.Scenario scenario = this.drawn.get(i);
			OptionContent choice = this.chosen.get(i);
			OptionContent best = scenario.options()
				.stream()
				.filter((option) -> option.rating() == OptionContent.BEST_RATING)
				.findFirst()
				.orElse(null);
			Div item = new Div(new H3((i + 1) + ". " + scenario.title()));
			item.addClassName("sw-result-item");
			item.add(new Paragraph(getTranslation("studio.preview.answer",
					(choice != null) ? choice.text() : getTranslation("studio.none"))));
			if (choice != null && !choice.feedback().isBlank()) {
				item.add(new Paragraph(choice.feedback()));
			}
			if (best != null && best != choice) {
				item.add(new Paragraph(getTranslation("studio.preview.best", best.text(), best.feedback())));
			}
			item.add(new Paragraph(getTranslation("studio.preview.traits", String.join(", ", scenario.traits()))));
			this.quizPage.add(item);
		}
		Button again = new Button(getTranslation("studio.preview.again"), (click) -> {
			close();
			new PreviewDialog(this.draft).open();
		});
		this.quizPage.add(again);
	}

}
