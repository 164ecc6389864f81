package org.servewell.web.ui.studio;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.servewell.authoring.DraftProblem;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.content.ContentLimits;
import org.servewell.web.ui.components.ProblemList;

/**
 * The draft's details and quiz settings, with the problems the content reader finds in
 * them.
 */
class DetailsTab extends Div {

	private final StudioDraft course;

	private final DraftService drafts;

	final Div problems = new Div();

	final TextField title = new TextField("Title");

	final TextArea summary = new TextArea("Summary");

	final TextField audience = new TextField("Audience");

	final IntegerField minutes = new IntegerField("Estimated minutes");

	final IntegerField perAttempt = new IntegerField("Scenarios per attempt");

	final IntegerField passMark = new IntegerField("Pass mark (%)");

	final IntegerField attemptsAllowed = new IntegerField("Attempts allowed");

	final Checkbox shuffle = new Checkbox("Shuffle options in each attempt");

	final IntegerField renewAfter = new IntegerField("Renew after (months)");

	final Button save = new Button("Save details");

	DetailsTab(StudioDraft course, DraftService drafts) {
		this.course = course;
		this.drafts = drafts;
		addClassName("sw-studio-tab");
		limitTexts();
		limitNumbers();
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> save());
		FormLayout form = new FormLayout(this.title, this.audience, this.summary, this.minutes, this.perAttempt,
				this.passMark, this.attemptsAllowed, this.renewAfter, this.shuffle);
		form.setColspan(this.summary, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
		add(this.problems, form, this.save);
		course.onChange((changed) -> show(changed.draft()));
	}

	private void limitTexts() {
		this.summary.setMaxLength(ContentLimits.MAX_SUMMARY_LENGTH);
		this.title.setMaxLength(ContentLimits.MAX_TITLE_LENGTH);
		this.audience.setMaxLength(ContentLimits.MAX_AUDIENCE_LENGTH);
		for (TextField field : List.of(this.title, this.audience)) {
			field.setRequired(true);
			field.setValueChangeMode(ValueChangeMode.EAGER);
		}
		this.summary.setRequired(true);
	}

	private void limitNumbers() {
		this.minutes.setMin(1);
		this.minutes.setMax(600);
		this.perAttempt.setMin(1);
		this.passMark.setMin(1);
		this.passMark.setMax(100);
		this.attemptsAllowed.setMin(1);
		this.renewAfter.setMin(0);
		this.renewAfter.setMax(120);
		this.renewAfter.setHelperText("0 for never; otherwise a completion expires and the course is due again.");
		for (IntegerField field : numbers()) {
			field.setStepButtonsVisible(true);
			field.setRequired(true);
		}
	}

	private List<IntegerField> numbers() {
		return List.of(this.minutes, this.perAttempt, this.passMark, this.attemptsAllowed, this.renewAfter);
	}

	private void show(DraftView draft) {
		for (Component field : List.of(this.title, this.summary, this.audience, this.minutes, this.perAttempt,
				this.passMark, this.attemptsAllowed, this.shuffle, this.renewAfter, this.save)) {
			field.getElement().setEnabled(draft != null);
		}
		if (draft == null) {
			return;
		}
		DraftView.Details details = draft.details();
		this.title.setValue(details.title());
		this.summary.setValue(details.summary());
		this.audience.setValue(details.audience());
		this.minutes.setValue(details.estimatedMinutes());
		this.perAttempt.setValue(details.scenariosPerAttempt());
		this.passMark.setValue(details.passMark());
		this.attemptsAllowed.setValue(details.attemptsAllowed());
		this.shuffle.setValue(details.shuffleOptions());
		this.renewAfter.setValue(details.renewAfterMonths());
		ProblemList.show(this.problems,
				draft.problemsOf(DraftProblem.Part.DETAILS, null).stream().map(DraftProblem::message).toList());
	}

	private void save() {
		for (IntegerField field : numbers()) {
			if (field.getValue() == null || field.isInvalid()) {
				field.setInvalid(true);
				field.setErrorMessage("Enter a whole number"
						+ ((field.getMin() > Integer.MIN_VALUE) ? " from " + (int) field.getMin() : "")
						+ ((field.getMax() < Integer.MAX_VALUE) ? " to " + (int) field.getMax() : "") + ".");
				field.focus();
				return;
			}
		}
		DraftView.Details details = new DraftView.Details(this.title.getValue(), this.summary.getValue(),
				this.audience.getValue(), this.minutes.getValue(), this.perAttempt.getValue(), this.passMark.getValue(),
				this.attemptsAllowed.getValue(), this.shuffle.getValue(), this.renewAfter.getValue(),
				this.course.draft().details().version());
		this.course.change(() -> this.drafts.saveDetails(this.course.code(), details), "Details saved.");
	}

}
