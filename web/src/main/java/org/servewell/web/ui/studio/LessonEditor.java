package org.servewell.web.ui.studio;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.constraints.NotBlank;

import org.servewell.authoring.DraftProblem;
import org.servewell.authoring.DraftView;
import org.servewell.authoring.SourceChoice;
import org.servewell.content.ContentLimits;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.MarkdownContent;

/**
 * Writes or changes a lesson: Markdown beside a live preview of what learners will see,
 * and the essay points it teaches.
 */
class LessonEditor extends Dialog {

	final TextField title = new TextField(getTranslation("studio.lesson.title"));

	final TextField key = new TextField(getTranslation("studio.lesson.id"));

	final TextArea markdown = new TextArea(getTranslation("studio.lesson.markdown"));

	final MultiSelectComboBox<SourceChoice> sources = new MultiSelectComboBox<>(
			getTranslation("studio.lesson.sources"));

	final Div preview = new Div();

	final Div checks = new Div();

	final Button save = new Button(getTranslation("studio.lesson.save"));

	private final DraftView.Lesson lesson;

	/** Checks the title and id against {@link Fields}' annotations, beside each field. */
	private final BeanValidationBinder<Fields> binder = FormBinder.forRecord(Fields.class);

	/**
	 * What the editor's fields hold; each message is a key of the studio's bundle. Public
	 * only because the binder creates it by reflection.
	 */
	public record Fields(@NotBlank(message = "studio.lesson.title.missing") String title,
			@NotBlank(message = "studio.lesson.id.missing") String key, String markdown, Set<SourceChoice> sources) {
	}

	LessonEditor(DraftView.Lesson lesson, DraftView draft, List<SourceChoice> choices,
			Function<DraftView.Lesson, List<DraftProblem>> onSave) {
		this.lesson = lesson;
		setHeaderTitle(getTranslation((lesson != null) ? "studio.lesson.edit" : "studio.lesson.new"));
		setWidth("min(72rem, 96vw)");
		addClassName("sw-editor");
		configureFields(choices);
		this.binder.forField(this.title)
			.withValidationStatusHandler(FieldMessages.translated(this.title))
			.bind("title");
		this.binder.forField(this.key).withValidationStatusHandler(FieldMessages.translated(this.key)).bind("key");
		this.binder.forField(this.markdown).bind("markdown");
		this.binder.forField(this.sources).bind("sources");

		if (lesson != null) {
			this.binder.readRecord(new Fields(lesson.title(), lesson.key(), lesson.markdown(), new LinkedHashSet<>(
					choices.stream().filter((choice) -> lesson.sources().contains(choice.citation())).toList())));
			this.key.setReadOnly(false);
			showProblems(draft.problemsOf(DraftProblem.Part.LESSON, lesson.id()));
		}
		else {
			this.binder.readRecord(new Fields("", "", "", Set.of()));
			this.title.addValueChangeListener((change) -> this.key
				.setValue(String.format("%02d-%s", draft.lessons().size() + 1, StudioView.slug(change.getValue()))));
		}
		showPreview();

		Div editor = new Div(this.markdown);
		Div shown = new Div(new H3(getTranslation("studio.preview")), this.preview);
		shown.addClassName("sw-preview-pane");
		Div split = new Div(editor, shown);
		split.addClassName("sw-split");
		add(this.checks, this.title, this.key, this.sources, split);

		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> {
			try {
				StudioView.saved(this, onSave.apply(edited(this.binder.writeRecord())));
			}
			catch (ValidationException ex) {
				// Each field says what it needs.
			}
		});
		getFooter().add(new Button(getTranslation("studio.cancel"), (click) -> close()), this.save);
	}

	private void configureFields(List<SourceChoice> choices) {
		this.title.setMaxLength(ContentLimits.MAX_TITLE_LENGTH);
		this.title.setRequired(true);
		this.title.setWidthFull();
		this.key.setMaxLength(ContentLimits.MAX_ID_LENGTH);
		this.key.setRequired(true);
		this.key.setPattern("[a-z0-9][a-z0-9-]*");
		this.key.setHelperText(getTranslation("studio.lesson.id.helper"));
		this.sources.setItems(choices);
		this.sources.setItemLabelGenerator(SourceChoice::label);
		this.sources.setWidthFull();
		this.sources.setRequired(true);
		this.markdown.setWidthFull();
		this.markdown.setMinHeight("24rem");
		this.markdown.setValueChangeMode(ValueChangeMode.LAZY);
		this.markdown.setHelperText(getTranslation("studio.lesson.markdown.helper"));
		this.markdown.addValueChangeListener((change) -> showPreview());
		this.preview.addClassName("sw-preview");
		this.preview.getElement().setAttribute("aria-label", getTranslation("studio.preview"));
		// It scrolls on its own: the keyboard must reach it (axe-core:
		// scrollable-region-focusable).
		this.preview.getElement().setAttribute("role", "region");
		this.preview.getElement().setAttribute("tabindex", "0");
		this.checks.getElement().setAttribute("aria-live", "polite");
	}

	private DraftView.Lesson edited(Fields fields) {
		return new DraftView.Lesson((this.lesson != null) ? this.lesson.id() : 0, fields.key(), fields.title(),
				fields.markdown(), fields.sources().stream().map(SourceChoice::citation).toList(),
				(this.lesson != null) ? this.lesson.version() : 0, null, null);
	}

	private void showPreview() {
		this.preview.removeAll();
		this.preview.add(new MarkdownContent(this.markdown.getValue()));
	}

	private void showProblems(List<DraftProblem> problems) {
		this.checks.removeAll();
		if (!problems.isEmpty()) {
			this.checks.addClassName("sw-problems");
			problems.stream()
				.map(DraftProblem::message)
				.filter(Objects::nonNull)
				.forEach((message) -> this.checks.add(new Div(message)));
		}
	}

}
