package org.servewell.web.ui.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;

import org.servewell.catalog.TraitSummary;
import org.servewell.content.ContentLimits;
import org.servewell.hiring.KitForm;
import org.servewell.web.ui.components.FormBinder;

import static org.servewell.web.ui.components.IconButtons.iconButton;

/** One trait in the kit editor, with its weight and questions. */
final class KitTraitEditor extends Section {

	final ComboBox<TraitSummary> trait = new ComboBox<>(getTranslation("hiring.kit.trait"));

	final IntegerField weight = new IntegerField(
			getTranslation("hiring.kit.weight", ContentLimits.MIN_WEIGHT, ContentLimits.MAX_WEIGHT));

	final Div problems = new Div();

	final Div questionList = new Div();

	final List<KitQuestionEditor> questions = new ArrayList<>();

	final Button addQuestion = new Button(getTranslation("hiring.kit.add-question"), new Icon(VaadinIcon.PLUS));

	final Button up;

	final Button down;

	final Button remove;

	private final H3 heading = new H3();

	/**
	 * Checks the trait and its weight against the annotations on
	 * {@link KitForm.TraitForm}; the questions are their editors' own.
	 */
	private final BeanValidationBinder<KitForm.TraitForm> binder = FormBinder.forRecord(KitForm.TraitForm.class);

	/** The questions' forms, handed to the binder when the trait is written. */
	private final ReadOnlyHasValue<List<KitForm.QuestionForm>> questionForms = new ReadOnlyHasValue<>((shown) -> {
	}, List.of());

	/**
	 * @param traitModel the traits a kit can rate
	 * @param form the trait as saved, or {@code null} for a new one
	 * @param onRemove takes this trait out of the kit
	 * @param onMove moves this trait up (-1) or down (1) in the kit
	 */
	KitTraitEditor(List<TraitSummary> traitModel, KitForm.TraitForm form, Consumer<KitTraitEditor> onRemove,
			BiConsumer<KitTraitEditor, Integer> onMove) {
		addClassName("sw-scorecard-trait");
		this.trait.setItems(traitModel);
		this.trait.setItemLabelGenerator(TraitSummary::name);
		this.trait.setRequiredIndicatorVisible(true);
		this.trait.addValueChangeListener((change) -> name());
		this.weight.setMin(ContentLimits.MIN_WEIGHT);
		this.weight.setMax(ContentLimits.MAX_WEIGHT);
		this.weight.setStepButtonsVisible(true);
		bind(traitModel, (form != null) ? form : new KitForm.TraitForm("", ContentLimits.MIN_WEIGHT, List.of()));
		if (form != null) {
			form.questions().forEach((question) -> this.questions.add(new KitQuestionEditor(this, question)));
		}
		this.problems.addClassName("sw-problems");
		this.problems.getElement().setAttribute("role", "alert");
		this.problems.setVisible(false);
		this.questionList.addClassName("sw-options");
		this.up = iconButton(VaadinIcon.ARROW_UP, getTranslation("hiring.kit.trait.up"), () -> onMove.accept(this, -1));
		this.down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("hiring.kit.trait.down"),
				() -> onMove.accept(this, 1));
		this.remove = iconButton(VaadinIcon.TRASH, getTranslation("hiring.kit.trait.remove"), () -> {
			onRemove.accept(this);
		});
		this.addQuestion.addClickListener((click) -> {
			this.questions.add(new KitQuestionEditor(this, null));
			renderQuestions();
		});
		Div header = new Div(this.heading, this.up, this.down, this.remove);
		header.addClassName("sw-toolbar");
		Div fields = new Div(this.trait, this.weight);
		fields.addClassNames("sw-toolbar", "sw-toolbar-fields");
		add(header, this.problems, fields, this.questionList, this.addQuestion);
		renderQuestions();
	}

	void number(int number) {
		this.heading.setText(getTranslation("hiring.kit.trait.number", number));
		this.up.setAriaLabel(getTranslation("hiring.kit.trait.number.up", number));
		this.down.setAriaLabel(getTranslation("hiring.kit.trait.number.down", number));
		this.remove.setAriaLabel(getTranslation("hiring.kit.trait.number.remove", number));
		name();
	}

	private void name() {
		String label = this.heading.getText()
				+ ((this.trait.getValue() != null) ? ": " + this.trait.getValue().name() : "");
		getElement().setAttribute("aria-label", label);
	}

	void renderQuestions() {
		this.questionList.removeAll();
		for (int i = 0; i < this.questions.size(); i++) {
			this.questions.get(i).number(i + 1);
			this.questionList.add(this.questions.get(i));
		}
	}

	private void bind(List<TraitSummary> traitModel, KitForm.TraitForm form) {
		this.binder.forField(this.trait)
			.withConverter((chosen) -> (chosen != null) ? chosen.code() : "",
					(code) -> traitModel.stream()
						.filter((summary) -> summary.code().equals(code))
						.findFirst()
						.orElse(null))
			.bind("traitCode");
		// An emptied weight is refused as out of range.
		this.binder.forField(this.weight)
			.withConverter((weight) -> (weight != null) ? weight : 0, (weight) -> weight)
			.bind("weight");
		this.binder.forField(this.questionForms).bind("questions");
		this.binder.readRecord(form);
	}

	/**
	 * Checks the trait, its weight and each question, showing any problem beside its
	 * field; whether all are right.
	 */
	boolean check() {
		boolean right = this.binder.validate().isOk();
		for (KitQuestionEditor question : this.questions) {
			right &= question.check();
		}
		return right;
	}

	/**
	 * The trait as entered, with its questions.
	 * @throws ValidationException when a field breaks a rule, shown beside it
	 */
	KitForm.TraitForm form() throws ValidationException {
		List<KitForm.QuestionForm> forms = new ArrayList<>();
		for (KitQuestionEditor question : this.questions) {
			forms.add(question.form());
		}
		this.questionForms.setValue(forms);
		return this.binder.writeRecord();
	}

}
