package org.servewell.web.ui.studio;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.servewell.authoring.BankHealthService;
import org.servewell.authoring.BankHealthView;
import org.servewell.authoring.DraftView;
import org.servewell.content.QuizSettings;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.components.Formats;

/**
 * The bank health check beside the bank, in plain words: whether a learner who never
 * reads the situation (always picking the longest option, say) would pass the draft's
 * quiz, every answering pattern's figures, and the scenarios to rewrite first, each a way
 * into its editor. It reads the check again by itself whenever the bank or the quiz rules
 * change, so it follows the trainer's edits without reloading the rest of the screen.
 */
final class BankHealthPanel extends Section {

	private final BankHealthService health;

	private final LongConsumer open;

	final Span status = new Span();

	final Div summary = new Div();

	final Grid<BankHealthView.Strategy> table = new Grid<>();

	private final Grid.Column<BankHealthView.Strategy> withinColumn;

	final Div fixFirst = new Div();

	final Paragraph rules = new Paragraph();

	final BankRepeats repeats;

	/**
	 * The bank and quiz rules the panel shows the health of, to read again only on a
	 * change.
	 */
	private List<Object> shownFor;

	BankHealthPanel(StudioDraft course, BankHealthService health, LongConsumer open) {
		this.health = health;
		this.open = open;
		addClassName("sw-bank-health");
		getElement().setAttribute("aria-label", getTranslation("studio.health.title"));
		Div heading = new Div(new H3(getTranslation("studio.health.title")), this.status);
		heading.addClassName("sw-bank-health-heading");
		this.status.getElement().setAttribute("role", "status");
		this.table.addColumn((strategy) -> getTranslation("studio.health.always", strategy.behaviour()))
			.setHeader(getTranslation("studio.health.pattern"))
			.setFlexGrow(3);
		this.table.addColumn((strategy) -> percent(strategy.meanCreditPercent() / 100))
			.setHeader(getTranslation("studio.health.averages"))
			.setAutoWidth(true);
		this.table.addColumn((strategy) -> percent(strategy.passOneAttempt()))
			.setHeader(getTranslation("studio.health.passes-one"))
			.setAutoWidth(true);
		this.withinColumn = this.table.addColumn((strategy) -> percent(strategy.passWithinAttempts()))
			.setHeader(getTranslation("studio.health.passes-within"))
			.setAutoWidth(true);
		this.table.addColumn((strategy) -> strategy.risky() ? getTranslation("studio.health.too-easy") : "")
			.setHeader(getTranslation("studio.health.risk"))
			.setAutoWidth(true);
		this.table.setPartNameGenerator((strategy) -> strategy.risky() ? "sw-risky" : null);
		this.table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.table.setAllRowsVisible(true);
		this.table.setAriaLabel(getTranslation("studio.health.table"));
		this.rules.addClassName("sw-bank-health-rules");
		this.repeats = new BankRepeats(open);
		add(heading, this.summary, this.fixFirst, this.table, this.rules, this.repeats);
		course.onChange(this::refresh);
	}

	/**
	 * Reads the check again when the draft's bank or quiz rules changed since it was
	 * shown; a lesson or a title elsewhere does not change it.
	 */
	void refresh(StudioDraft course) {
		DraftView draft = course.draft();
		if (draft == null) {
			this.shownFor = null;
			setVisible(false);
			return;
		}
		List<Object> key = List.of(course.code(), draft.scenarios(), draft.details().quiz());
		if (Objects.equals(key, this.shownFor)) {
			return;
		}
		try {
			show(this.health.bankHealth(course.code()));
			this.shownFor = key;
			setVisible(true);
		}
		catch (Refusal ex) {
			// The draft went while the screen showed it; the screen reloads and says so.
			this.shownFor = null;
			setVisible(false);
		}
	}

	private void show(BankHealthView read) {
		QuizSettings quiz = read.quiz();
		this.summary.removeAll();
		this.fixFirst.removeAll();
		List<BankHealthView.Strategy> risky = read.risky();
		switch (read.verdict()) {
			case TOO_EASY -> {
				badge(getTranslation("studio.health.risky", risky.size()), "error");
				risky.forEach((strategy) -> this.summary.add(new Paragraph(getTranslation("studio.health.risky.text",
						strategy.behaviour(), percent(strategy.passOneAttempt()),
						percent(strategy.meanCreditPercent() / 100), passMark(quiz)))));
				showFixFirst(read.fixFirst());
			}
			case MEASURES_JUDGEMENT -> {
				badge(getTranslation("studio.health.healthy"), "success");
				BankHealthView.Strategy strongest = read.strongest().orElseThrow();
				this.summary.add(new Paragraph(getTranslation("studio.health.healthy.text", strongest.behaviour(),
						percent(strongest.meanCreditPercent() / 100), passMark(quiz))));
			}
			case HIDDEN_WHILE_KEYING -> {
				badge(getTranslation("studio.health.hidden"), "contrast");
				this.summary.add(new Paragraph(getTranslation("studio.health.hidden.text")));
			}
			case NOTHING_TO_CHECK -> {
				badge(getTranslation("studio.health.nothing"), "contrast");
				this.summary
					.add(new Paragraph(getTranslation("studio.health.nothing.text", BankHealthView.MIN_OPTIONS)));
			}
		}
		if (read.scenariosSkipped() > 0 && read.scenariosChecked() > 0) {
			this.summary.add(new Paragraph(
					getTranslation("studio.health.skipped", read.scenariosSkipped(), BankHealthView.MIN_OPTIONS)));
		}
		boolean checked = read.scenariosChecked() > 0;
		this.table.setVisible(checked);
		this.table.setItems(checked ? read.strategies() : List.of());
		this.withinColumn.setHeader(getTranslation("studio.health.passes-within.count", quiz.attemptsAllowed()));
		this.rules.setText(getTranslation("studio.health.rules",
				Math.min(quiz.scenariosPerAttempt(), read.scenariosChecked()), read.scenariosChecked(), passMark(quiz),
				getTranslation("studio.health.rules.risky", BankHealthView.MARGIN_POINTS,
						Formats.percent(BankHealthView.RISKY_PASS_PERCENT, getLocale()))));
		this.rules.setVisible(checked);
		this.repeats.show(read);
	}

	/** The scenarios to rewrite first, each opening its editor. */
	private void showFixFirst(List<BankHealthView.Scenario> scenarios) {
		if (scenarios.isEmpty()) {
			return;
		}
		UnorderedList list = new UnorderedList();
		for (BankHealthView.Scenario scenario : scenarios) {
			Button title = new Button(scenario.title(), (click) -> this.open.accept(scenario.id()));
			title.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
			title.setAriaLabel(getTranslation("studio.health.open", scenario.title()));
			list.add(new ListItem(title));
		}
		this.fixFirst.add(new Paragraph(getTranslation("studio.health.fix-first")), list);
	}

	private void badge(String text, String theme) {
		this.status.setText(text);
		this.status.getElement().getThemeList().clear();
		this.status.getElement().getThemeList().add("badge " + theme);
	}

	private String passMark(QuizSettings quiz) {
		return Formats.percent(quiz.passMark(), getLocale());
	}

	private String percent(double fraction) {
		return percent(fraction, getLocale());
	}

	/**
	 * A chance or a share as a whole percentage in the reader's language, never rounding
	 * a near-certainty to certainty or a slim chance to none: "97%", "&gt;99%", "&lt;1%".
	 */
	static String percent(double fraction, Locale locale) {
		double percent = 100 * fraction;
		if (percent > 99 && percent < 100) {
			return ">" + Formats.percent(99, locale);
		}
		if (percent > 0 && percent < 1) {
			return "<" + Formats.percent(1, locale);
		}
		return Formats.percent(Math.round(percent), locale);
	}

}
