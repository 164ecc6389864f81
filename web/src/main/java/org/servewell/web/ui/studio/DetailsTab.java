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
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.servewell.authoring.DraftProblem;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.content.ContentLimits;
import org.servewell.content.QuizSettings;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.ProblemList;

/**
 * The draft's details and quiz settings, with the problems the content reader finds in
 * them.
 */
class DetailsTab extends Div {

	private final StudioDraft course;

	private final DraftService drafts;

	final Div problems = new Div();

	final TextField title = new TextField(getTranslation("studio.details.title"));

	final TextArea summary = new TextArea(getTranslation("studio.details.summary"));

	final TextField audience = new TextField(getTranslation("studio.details.audience"));

	final TextField minutes = new TextField(getTranslation("studio.details.minutes"));

	final IntegerField perAttempt = new IntegerField(getTranslation("studio.details.per-attempt"));

	final IntegerField passMark = new IntegerField(getTranslation("studio.details.pass-mark"));

	final IntegerField attemptsAllowed = new IntegerField(getTranslation("studio.details.attempts"));

	final Checkbox shuffle = new Checkbox(getTranslation("studio.details.shuffle"));

	final IntegerField renewAfter = new IntegerField(getTranslation("studio.details.renew"));

	final Button save = new Button(getTranslation("studio.details.save"));

	/** Checks the numbers against {@link Fields}' annotations, beside each field. */
	private final BeanValidationBinder<Fields> binder = FormBinder.forRecord(Fields.class);

	/**
	 * What the tab's fields hold. The texts may be saved incomplete (the draft's problems
	 * list what is missing); the numbers must be whole numbers in range. Each message is
	 * a key of the studio's bundle. Public only because the binder creates it by
	 * reflection.
	 */
	public record Fields(String title, String summary, String audience,
			@NotNull(message = FROM_1) @Min(value = 1, message = FROM_1) Integer scenariosPerAttempt,
			@NotNull(message = PERCENT) @Min(value = 1, message = PERCENT) @Max(value = 100,
					message = PERCENT) Integer passMark,
			@NotNull(message = FROM_1) @Min(value = 1, message = FROM_1) Integer attemptsAllowed,
			boolean shuffleOptions, @NotNull(message = MONTHS) @Min(value = 0, message = MONTHS) @Max(value = 120,
					message = MONTHS) Integer renewAfterMonths) {
	}

	private static final String FROM_1 = "studio.details.number.from-1";

	private static final String PERCENT = "studio.details.number.percent";

	private static final String MONTHS = "studio.details.number.months";

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
		bind();
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
		this.minutes.setReadOnly(true);
		this.minutes.setHelperText(getTranslation("studio.details.minutes.helper"));
		this.perAttempt.setMin(QuizSettings.MIN_SCENARIOS_PER_ATTEMPT);
		this.passMark.setMin(QuizSettings.MIN_PASS_MARK);
		this.passMark.setMax(QuizSettings.MAX_PASS_MARK);
		this.attemptsAllowed.setMin(QuizSettings.MIN_ATTEMPTS_ALLOWED);
		this.renewAfter.setMin(0);
		this.renewAfter.setMax(120);
		this.renewAfter.setHelperText(getTranslation("studio.details.renew.helper"));
		for (IntegerField field : numbers()) {
			field.setStepButtonsVisible(true);
			field.setRequired(true);
		}
	}

	private List<IntegerField> numbers() {
		return List.of(this.perAttempt, this.passMark, this.attemptsAllowed, this.renewAfter);
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
		this.minutes.setValue(getTranslation("studio.details.minutes.value", draft.estimatedMinutes()));
		this.binder.readRecord(new Fields(details.title(), details.summary(), details.audience(),
				details.quiz().scenariosPerAttempt(), details.quiz().passMark(), details.quiz().attemptsAllowed(),
				details.quiz().shuffleOptions(), details.renewAfterMonths()));
		ProblemList.show(this.problems,
				draft.problemsOf(DraftProblem.Part.DETAILS, null).stream().map(DraftProblem::message).toList());
	}

	private void bind() {
		this.binder.forField(this.title).bind("title");
		this.binder.forField(this.summary).bind("summary");
		this.binder.forField(this.audience).bind("audience");
		this.binder.forField(this.perAttempt)
			.withValidationStatusHandler(FieldMessages.translated(this.perAttempt))
			.bind("scenariosPerAttempt");
		this.binder.forField(this.passMark)
			.withValidationStatusHandler(FieldMessages.translated(this.passMark))
			.bind("passMark");
		this.binder.forField(this.attemptsAllowed)
			.withValidationStatusHandler(FieldMessages.translated(this.attemptsAllowed))
			.bind("attemptsAllowed");
		this.binder.forField(this.shuffle).bind("shuffleOptions");
		this.binder.forField(this.renewAfter)
			.withValidationStatusHandler(FieldMessages.translated(this.renewAfter))
			.bind("renewAfterMonths");
	}

	private void save() {
		Fields entered;
		try {
			entered = this.binder.writeRecord();
		}
		catch (ValidationException ex) {
			return;
		}
		DraftView.Details details = new DraftView.Details(
				entered.title(), entered.summary(), entered.audience(), new QuizSettings(entered.scenariosPerAttempt(),
						entered.passMark(), entered.attemptsAllowed(), entered.shuffleOptions()),
				entered.renewAfterMonths(), this.course.draft().details().version());
		this.course.change(() -> this.drafts.saveDetails(this.course.code(), details),
				getTranslation("studio.details.saved"));
	}

}
