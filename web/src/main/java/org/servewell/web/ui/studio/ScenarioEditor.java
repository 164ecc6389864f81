package org.servewell.web.ui.studio;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.servewell.authoring.DraftProblem;
import org.servewell.authoring.DraftView;
import org.servewell.authoring.SourceChoice;
import org.servewell.catalog.TraitSummary;
import org.servewell.content.ContentLimits;
import org.servewell.content.OptionContent;
import org.servewell.learning.ItemAnalysis;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.MarkdownContent;

/**
 * Writes or changes a scenario: the situation beside a preview, the prompt, 3-5 options
 * each with its rating and feedback, the traits it exercises and the essay point behind
 * it. The format's rules are checked as the trainer types; what the content reader still
 * finds after saving is listed at the top.
 */
class ScenarioEditor extends Dialog {

	/** The rating scale, best first. */
	static final List<Integer> RATINGS = IntStream.rangeClosed(OptionContent.WORST_RATING, OptionContent.BEST_RATING)
		.boxed()
		.sorted(Comparator.reverseOrder())
		.toList();

	final TextField title = new TextField(getTranslation("studio.scenario.title"));

	final TextField key = new TextField(getTranslation("studio.scenario.id"));

	final TextArea situation = new TextArea(getTranslation("studio.scenario.situation"));

	final Div preview = new Div();

	final TextField prompt = new TextField(getTranslation("studio.scenario.prompt"));

	final MultiSelectComboBox<TraitSummary> traits = new MultiSelectComboBox<>(
			getTranslation("studio.scenario.traits"));

	final ComboBox<SourceChoice> source = new ComboBox<>(getTranslation("studio.scenario.source"));

	final Div options = new Div();

	final List<OptionRow> rows = new ArrayList<>();

	final Button addOption = new Button(getTranslation("studio.scenario.add-option"), new Icon(VaadinIcon.PLUS));

	final Div checks = new Div();

	final Button save = new Button(getTranslation("studio.scenario.save"));

	private final DraftView.Scenario scenario;

	ScenarioEditor(DraftView.Scenario scenario, String courseCode, List<TraitSummary> traitModel,
			List<SourceChoice> choices, List<DraftProblem> problems, ItemAnalysis analysis, Integer analysedVersion,
			Function<DraftView.Scenario, List<DraftProblem>> onSave) {
		this.scenario = scenario;
		setHeaderTitle(getTranslation((scenario != null) ? "studio.scenario.edit" : "studio.scenario.new"));
		setWidth("min(76rem, 96vw)");
		addClassName("sw-editor");
		configureTexts(courseCode);
		configurePickers(traitModel, choices);
		if (scenario != null) {
			fill(scenario, traitModel, choices);
		}
		else {
			startNew(courseCode);
		}
		showPreview();
		checkWhileTyping();
		Div known = known(problems);
		if (analysis != null && analysis.answered() > 0) {
			known.add(BankFigures.summary(this, getLocale(), analysis, analysedVersion));
			showPicks(analysis, analysedVersion);
		}
		Div shown = new Div(new H3(getTranslation("studio.preview")), this.preview);
		shown.addClassName("sw-preview-pane");
		Div split = new Div(new Div(this.situation), shown);
		split.addClassName("sw-split");
		add(known, this.title, this.key, split, this.prompt, this.traits, this.source,
				new H3(getTranslation("studio.scenario.options")), this.options, this.addOption, this.checks);
		check();
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> save(onSave));
		getFooter().add(new Button(getTranslation("studio.cancel"), (click) -> close()), this.save);
	}

	private void configureTexts(String courseCode) {
		this.title.setMaxLength(ContentLimits.MAX_TITLE_LENGTH);
		this.title.setRequired(true);
		this.title.setWidthFull();
		this.key.setMaxLength(ContentLimits.MAX_ID_LENGTH);
		this.key.setRequired(true);
		this.key.setPattern("[a-z0-9][a-z0-9-]*");
		this.key.setHelperText(getTranslation("studio.scenario.id.helper", courseCode));
		this.situation.setRequired(true);
		this.situation.setWidthFull();
		this.situation.setMinHeight("10rem");
		this.situation.setValueChangeMode(ValueChangeMode.LAZY);
		this.situation.addValueChangeListener((change) -> showPreview());
		this.prompt.setRequired(true);
		this.prompt.setMaxLength(ContentLimits.MAX_PROMPT_LENGTH);
		this.prompt.setWidthFull();
		this.preview.addClassName("sw-preview");
		// It scrolls on its own: the keyboard must reach it (axe-core:
		// scrollable-region-focusable).
		this.preview.getElement().setAttribute("aria-label", getTranslation("studio.preview"));
		this.preview.getElement().setAttribute("role", "region");
		this.preview.getElement().setAttribute("tabindex", "0");
		this.checks.getElement().setAttribute("aria-live", "polite");
		this.options.addClassName("sw-options");
		this.addOption.addClickListener((click) -> {
			addRow(new OptionContent("", 0, ""));
			check();
		});
	}

	private void configurePickers(List<TraitSummary> traitModel, List<SourceChoice> choices) {
		this.traits.setItems(traitModel);
		this.traits.setItemLabelGenerator(TraitSummary::name);
		this.traits.setRequired(true);
		this.traits.setWidthFull();
		this.traits.setHelperText(getTranslation("studio.scenario.traits.helper", ContentLimits.MIN_SCENARIO_TRAITS,
				ContentLimits.MAX_SCENARIO_TRAITS));
		this.source.setItems(choices);
		this.source.setItemLabelGenerator(SourceChoice::label);
		this.source.setRequired(true);
		this.source.setWidthFull();
	}

	private void fill(DraftView.Scenario scenario, List<TraitSummary> traitModel, List<SourceChoice> choices) {
		this.title.setValue(scenario.title());
		this.key.setValue(scenario.key());
		this.situation.setValue(scenario.situation());
		this.prompt.setValue(scenario.prompt());
		this.traits.setValue(new LinkedHashSet<>(
				traitModel.stream().filter((trait) -> scenario.traits().contains(trait.code())).toList()));
		choices.stream()
			.filter((choice) -> choice.citation().equals(scenario.source()))
			.findFirst()
			.ifPresent(this.source::setValue);
		scenario.options().forEach(this::addRow);
	}

	/** A new scenario: its id follows its title until the trainer saves. */
	private void startNew(String courseCode) {
		this.prompt.setValue("What do you do?");
		this.title.addValueChangeListener(
				(change) -> this.key.setValue(courseCode + "-" + StudioView.slug(change.getValue())));
		for (int i = 0; i < ContentLimits.MIN_OPTIONS; i++) {
			addRow(new OptionContent("", 0, ""));
		}
	}

	private void checkWhileTyping() {
		for (var field : List.of(this.title, this.key, this.prompt)) {
			field.setValueChangeMode(ValueChangeMode.LAZY);
			field.addValueChangeListener((change) -> check());
		}
		this.situation.addValueChangeListener((change) -> check());
		this.traits.addValueChangeListener((change) -> check());
		this.source.addValueChangeListener((change) -> check());
	}

	/** What the content reader found in the saved scenario, listed above the form. */
	private static Div known(List<DraftProblem> problems) {
		Div known = new Div();
		if (!problems.isEmpty()) {
			UnorderedList list = new UnorderedList();
			problems.forEach((problem) -> list.add(new ListItem(problem.message())));
			known.add(list);
			known.addClassName("sw-problems");
		}
		return known;
	}

	/** How often learners chose each option, beside its rating. */
	private void showPicks(ItemAnalysis analysis, Integer analysedVersion) {
		for (int i = 0; i < this.rows.size(); i++) {
			int number = i + 1;
			analysis.options()
				.stream()
				.filter((picks) -> picks.optionNumber() == number)
				.findFirst()
				.ifPresent((picks) -> this.rows.get(number - 1).rating
					.setHelperText(getTranslation("studio.scenario.picked", picks.picked(),
							Formats.percent(Math.round(picks.share() * 100), getLocale()),
							String.valueOf(analysedVersion))));
		}
	}

	private void save(Function<DraftView.Scenario, List<DraftProblem>> onSave) {
		if (this.key.isEmpty()) {
			this.key.setInvalid(true);
			this.key.setErrorMessage(getTranslation("studio.scenario.id.missing"));
			this.key.focus();
			return;
		}
		if (overLength()) {
			// The browser's maxLength is a hint; text pasted by a script or kept from an
			// import can be longer, and is refused here beside its field.
			return;
		}
		StudioView.saved(this, onSave.apply(edited()));
	}

	DraftView.Scenario edited() {
		return new DraftView.Scenario((this.scenario != null) ? this.scenario.id() : 0, this.key.getValue(),
				this.title.getValue(), this.situation.getValue(), this.prompt.getValue(),
				this.traits.getValue().stream().map(TraitSummary::code).toList(),
				(this.source.getValue() != null) ? this.source.getValue().citation() : null,
				this.rows.stream().map(OptionRow::option).toList(),
				(this.scenario != null) ? this.scenario.version() : 0, null, null);
	}

	/**
	 * The rules a trainer can see broken while typing, each beside its field; the content
	 * reader checks everything again on saving.
	 */
	List<String> check() {
		List<String> broken = new ArrayList<>();
		mark(this.title, this.title.isEmpty(), getTranslation("studio.scenario.title.missing"), broken);
		markLength(this.title, getTranslation("studio.scenario.title.what"), ContentLimits.MAX_TITLE_LENGTH, broken);
		mark(this.situation, this.situation.isEmpty(), getTranslation("studio.scenario.situation.missing"), broken);
		mark(this.prompt, this.prompt.isEmpty(), getTranslation("studio.scenario.prompt.missing"), broken);
		markLength(this.prompt, getTranslation("studio.scenario.prompt.what"), ContentLimits.MAX_PROMPT_LENGTH, broken);
		int traitCount = this.traits.getValue().size();
		boolean badTraits = traitCount < ContentLimits.MIN_SCENARIO_TRAITS
				|| traitCount > ContentLimits.MAX_SCENARIO_TRAITS;
		this.traits.setInvalid(badTraits);
		this.traits.setErrorMessage(getTranslation("studio.scenario.traits.missing", ContentLimits.MIN_SCENARIO_TRAITS,
				ContentLimits.MAX_SCENARIO_TRAITS));
		if (badTraits) {
			broken.add(this.traits.getErrorMessage());
		}
		this.source.setInvalid(this.source.isEmpty());
		this.source.setErrorMessage(getTranslation("studio.scenario.source.missing"));
		if (this.source.isEmpty()) {
			broken.add(this.source.getErrorMessage());
		}
		long best = this.rows.stream()
			.filter((row) -> row.rating.getValue() != null && row.rating.getValue() == 4)
			.count();
		if (this.rows.size() < ContentLimits.MIN_OPTIONS || this.rows.size() > ContentLimits.MAX_OPTIONS) {
			broken.add(getTranslation("studio.scenario.options.count", ContentLimits.MIN_OPTIONS,
					ContentLimits.MAX_OPTIONS, this.rows.size()));
		}
		if (best != 1) {
			broken.add((best == 0) ? getTranslation("studio.scenario.best.none")
					: getTranslation("studio.scenario.best.many", best));
		}
		checkOptions(best, broken);
		this.addOption.setEnabled(this.rows.size() < ContentLimits.MAX_OPTIONS);
		this.rows.forEach((row) -> row.remove.setEnabled(this.rows.size() > ContentLimits.MIN_OPTIONS));
		this.checks.removeAll();
		this.checks.removeClassName("sw-problems");
		if (!broken.isEmpty()) {
			UnorderedList list = new UnorderedList();
			broken.forEach((message) -> list.add(new ListItem(message)));
			this.checks.add(list);
			this.checks.addClassName("sw-problems");
		}
		return broken;
	}

	/** Each option's text, feedback and rating, beside it. */
	private void checkOptions(long best, List<String> broken) {
		for (int i = 0; i < this.rows.size(); i++) {
			OptionRow row = this.rows.get(i);
			String number = String.valueOf(i + 1);
			mark(row.text, row.text.isEmpty(), getTranslation("studio.scenario.option.text.missing", number), broken);
			mark(row.feedback, row.feedback.isEmpty(),
					getTranslation("studio.scenario.option.feedback.missing", number), broken);
			markLength(row.text, getTranslation("studio.scenario.option", number), ContentLimits.MAX_STATEMENT_LENGTH,
					broken);
			markLength(row.feedback, getTranslation("studio.scenario.option.feedback.what", number),
					ContentLimits.MAX_EXPLANATION_LENGTH, broken);
			row.rating.setInvalid(row.rating.getValue() == null || (best > 1 && row.rating.getValue() == 4));
			row.rating.setErrorMessage(getTranslation((row.rating.getValue() == null) ? "studio.scenario.rating.missing"
					: "studio.scenario.rating.one-best"));
			if (row.rating.getValue() == null) {
				broken.add(getTranslation("studio.scenario.option.rating.missing", number));
			}
		}
	}

	private static void mark(HasValidation field, boolean wrong, String message, List<String> broken) {
		field.setInvalid(wrong);
		field.setErrorMessage(message);
		if (wrong) {
			broken.add(message);
		}
	}

	/**
	 * Marks a field whose text is longer than the format allows, unless already marked.
	 */
	private void markLength(TextFieldBase<?, String> text, String what, int limit, List<String> broken) {
		int length = text.getValue().length();
		if (length > limit && !text.isInvalid()) {
			String message = getTranslation("studio.scenario.too-long", what, length, limit);
			text.setInvalid(true);
			text.setErrorMessage(message);
			broken.add(message);
		}
	}

	private boolean overLength() {
		return this.title.getValue().length() > ContentLimits.MAX_TITLE_LENGTH
				|| this.prompt.getValue().length() > ContentLimits.MAX_PROMPT_LENGTH
				|| this.rows.stream()
					.anyMatch((row) -> row.text.getValue().length() > ContentLimits.MAX_STATEMENT_LENGTH
							|| row.feedback.getValue().length() > ContentLimits.MAX_EXPLANATION_LENGTH);
	}

	private void addRow(OptionContent option) {
		OptionRow row = new OptionRow(this.rows.size() + 1, option);
		row.remove.addClickListener((click) -> {
			this.rows.remove(row);
			this.options.remove(row);
			check();
		});
		row.text.addValueChangeListener((change) -> check());
		row.feedback.addValueChangeListener((change) -> check());
		row.rating.addValueChangeListener((change) -> check());
		this.rows.add(row);
		this.options.add(row);
	}

	private void showPreview() {
		this.preview.removeAll();
		this.preview.add(new MarkdownContent(this.situation.getValue()));
	}

}
