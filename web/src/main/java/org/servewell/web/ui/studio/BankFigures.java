package org.servewell.web.ui.studio;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.servewell.authoring.DraftView;
import org.servewell.learning.ItemAnalysis;
import org.servewell.learning.ItemAnalysisService;
import org.servewell.learning.ItemFlag;
import org.servewell.web.ui.components.Formats;

/**
 * How the bank's scenarios did with learners in the version the draft copies (or the
 * newest), by scenario id: shown beside each scenario, with its flags as a way into the
 * editor to fix it.
 */
final class BankFigures {

	private final ItemAnalysisService itemAnalysis;

	private Map<String, ItemAnalysis> analysed = Map.of();

	private Integer version;

	BankFigures(ItemAnalysisService itemAnalysis) {
		this.itemAnalysis = itemAnalysis;
	}

	/**
	 * Reads the figures when the draft starts or its version changes: the answers behind
	 * them do not change as the draft is edited, so not after every save.
	 */
	void refresh(StudioDraft course) {
		Integer shown = course.analysedVersion();
		if (course.justStarted() || !Objects.equals(shown, this.version) || this.analysed.isEmpty()) {
			this.version = shown;
			this.analysed = (shown == null) ? Map.of()
					: this.itemAnalysis.analyse(course.code(), shown)
						.items()
						.stream()
						.collect(Collectors.toMap(ItemAnalysis::scenarioKey, Function.identity(), (a, b) -> a));
		}
	}

	/** The figures of a scenario, or null when it was not in the version. */
	ItemAnalysis of(DraftView.Scenario scenario) {
		return (scenario != null) ? this.analysed.get(scenario.key()) : null;
	}

	/** The version the figures come from. */
	Integer version() {
		return this.version;
	}

	/**
	 * The scenario's figures; its flags as a button that opens the scenario: from a flag
	 * to the fix in one click.
	 */
	Component cell(Component owner, Locale locale, DraftView.Scenario scenario, Runnable open) {
		ItemAnalysis analysis = of(scenario);
		if (analysis == null || analysis.flags().isEmpty()) {
			return new Span(answeredText(owner, locale, analysis));
		}
		String names = analysis.flags()
			.stream()
			.map((flag) -> owner.getTranslation("studio.flag." + flag.name().toLowerCase(Locale.ROOT)))
			.collect(Collectors.joining(", "));
		Button flags = new Button(
				owner.getTranslation("studio.figures.flags", answeredText(owner, locale, analysis), names),
				new Icon(VaadinIcon.FLAG), (click) -> open.run());
		flags.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		flags.setAriaLabel(owner.getTranslation("studio.figures.flags.label", scenario.title(), names));
		flags.setTooltipText(analysis.flags().stream().map(ItemFlag::describe).collect(Collectors.joining(" ")));
		return flags;
	}

	/** The scenario's figures in words, with what each flag means, for its editor. */
	static Div summary(Component owner, Locale locale, ItemAnalysis analysis, Integer version) {
		Div summary = new Div();
		summary.addClassName("sw-analysis");
		String facility = (analysis.facility() != null) ? owner.getTranslation("studio.figures.facility",
				Formats.percent(Math.round(analysis.facility() * 100), locale)) : "";
		String discrimination = (analysis.discrimination() != null)
				? owner.getTranslation("studio.figures.discrimination", analysis.discrimination()) : "";
		summary.add(new Div(owner.getTranslation("studio.figures.summary", String.valueOf(version), analysis.answered(),
				facility, discrimination)));
		if (!analysis.flags().isEmpty()) {
			UnorderedList flags = new UnorderedList();
			analysis.flags().forEach((flag) -> flags.add(new ListItem(flag.describe())));
			summary.add(flags);
		}
		return summary;
	}

	private static String answeredText(Component owner, Locale locale, ItemAnalysis analysis) {
		if (analysis == null || analysis.answered() == 0) {
			return owner.getTranslation("studio.figures.none");
		}
		String answered = owner.getTranslation("studio.figures.answers", analysis.answered());
		return (analysis.facility() != null) ? owner.getTranslation("studio.figures.credit", answered,
				Formats.percent(Math.round(analysis.facility() * 100), locale)) : answered;
	}

}
