package org.servewell.web.ui.screening;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;

import org.servewell.content.ContentLimits;
import org.servewell.content.InterviewKitContent.QuestionKind;
import org.servewell.hiring.KitForm;
import org.servewell.web.ui.components.FormBinder;

import static org.servewell.web.ui.components.IconButtons.iconButton;

/**
 * One question of a trait in the kit editor, with its kind, probes and example answers.
 */
final class KitQuestionEditor extends Div {

	final Select<QuestionKind> kind = new Select<>();

	final TextArea text = new TextArea(getTranslation("hiring.kit.question"));

	final TextArea probes = new TextArea(getTranslation("hiring.kit.probes"));

	final TextArea strongAnswer = new TextArea(getTranslation("hiring.kit.strong"));

	final TextArea weakAnswer = new TextArea(getTranslation("hiring.kit.weak"));

	final Button up;

	final Button down;

	final Button remove;

	private final H4 heading = new H4();

	/** Checks each field against the annotations on {@link KitForm.QuestionForm}. */
	private final BeanValidationBinder<KitForm.QuestionForm> binder = FormBinder.forRecord(KitForm.QuestionForm.class);

	KitQuestionEditor(KitTraitEditor trait, KitForm.QuestionForm form) {
		addClassName("sw-editor");
		this.kind.setLabel(getTranslation("hiring.kit.kind"));
		this.kind.setItems(QuestionKind.values());
		this.kind.setItemLabelGenerator((kind) -> getTranslation(
				(kind == QuestionKind.BEHAVIOURAL) ? "hiring.kit.kind.behavioural" : "hiring.kit.kind.situational"));
		for (TextArea area : List.of(this.text, this.probes, this.strongAnswer, this.weakAnswer)) {
			area.setWidthFull();
		}
		this.text.setMaxLength(ContentLimits.MAX_STATEMENT_LENGTH);
		this.text.setRequiredIndicatorVisible(true);
		this.strongAnswer.setMaxLength(ContentLimits.MAX_EXPLANATION_LENGTH);
		this.strongAnswer.setRequiredIndicatorVisible(true);
		this.weakAnswer.setMaxLength(ContentLimits.MAX_EXPLANATION_LENGTH);
		this.weakAnswer.setRequiredIndicatorVisible(true);
		this.probes.setHelperText(getTranslation("hiring.kit.probes.help", ContentLimits.MAX_PROBE_LENGTH));
		bind((form != null) ? form : new KitForm.QuestionForm(QuestionKind.BEHAVIOURAL, "", List.of(), "", ""));
		this.up = iconButton(VaadinIcon.ARROW_UP, getTranslation("hiring.kit.question.up"), () -> {
			if (KitEditorView.move(trait.questions, this, -1)) {
				trait.renderQuestions();
			}
		});
		this.down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("hiring.kit.question.down"), () -> {
			if (KitEditorView.move(trait.questions, this, 1)) {
				trait.renderQuestions();
			}
		});
		this.remove = iconButton(VaadinIcon.TRASH, getTranslation("hiring.kit.question.remove"), () -> {
			trait.questions.remove(this);
			trait.renderQuestions();
		});
		Div header = new Div(this.heading, this.up, this.down, this.remove);
		header.addClassName("sw-toolbar");
		add(header, this.kind, this.text, this.probes, this.strongAnswer, this.weakAnswer);
	}

	void number(int number) {
		this.heading.setText(getTranslation("hiring.kit.question.number", number));
		this.up.setAriaLabel(getTranslation("hiring.kit.question.number.up", number));
		this.down.setAriaLabel(getTranslation("hiring.kit.question.number.down", number));
		this.remove.setAriaLabel(getTranslation("hiring.kit.question.number.remove", number));
	}

	private void bind(KitForm.QuestionForm form) {
		this.binder.forField(this.kind).bind("kind");
		this.binder.forField(this.text).bind("text");
		this.binder.forField(this.probes)
			.withConverter((lines) -> Arrays.asList(lines.split("\n")), (listed) -> String.join("\n", listed))
			.bind("probes");
		this.binder.forField(this.strongAnswer).bind("strongAnswer");
		this.binder.forField(this.weakAnswer).bind("weakAnswer");
		this.binder.readRecord(form);
	}

	/** Checks each field, showing any problem beside it; whether all are right. */
	boolean check() {
		return this.binder.validate().isOk();
	}

	/**
	 * The question as entered.
	 * @throws ValidationException when a field breaks a rule, shown beside it
	 */
	KitForm.QuestionForm form() throws ValidationException {
		return this.binder.writeRecord();
	}

}
