package org.servewell.web.ui.screening;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.HiringLimits;
import org.servewell.hiring.CandidateService;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.components.DateFields;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Notices;

/**
 * Adds a candidate or changes what HR entered about one. The service checks the form and
 * each problem is shown at its field; a copy someone else saved meanwhile is refused.
 */
class CandidateDialog extends Dialog {

	final TextField fullName = new TextField(getTranslation("hiring.dialog.name"));

	final EmailField email = new EmailField(getTranslation("hiring.dialog.email"));

	final ComboBox<String> position = new ComboBox<>(getTranslation("hiring.dialog.position"));

	final TextField source = new TextField(getTranslation("hiring.dialog.source"));

	final DatePicker consentDate = DateFields.datePicker(getTranslation("hiring.dialog.consent"));

	final TextArea notes = new TextArea(getTranslation("hiring.dialog.notes"));

	final Button save = new Button(getTranslation("hiring.dialog.save"));

	private final CandidateService candidates;

	private final CandidateDetails existing;

	private final Consumer<CandidateDetails> onSaved;

	private final Map<String, HasValidation> fieldsByName;

	/**
	 * Checks each field against the annotations on {@link CandidateForm}, beside the
	 * field.
	 */
	private final BeanValidationBinder<CandidateForm> binder = FormBinder.forRecord(CandidateForm.class);

	CandidateDialog(CandidateService candidates, CandidateDetails existing, Consumer<CandidateDetails> onSaved) {
		this.candidates = candidates;
		this.existing = existing;
		this.onSaved = onSaved;
		setHeaderTitle((existing == null) ? getTranslation("hiring.dialog.add")
				: getTranslation("hiring.dialog.edit", existing.displayName()));
		setWidth("min(44rem, 96vw)");

		this.fullName.setMaxLength(HiringLimits.CANDIDATE_NAME_LENGTH);
		this.fullName.setRequiredIndicatorVisible(true);
		this.email.setMaxLength(HiringLimits.CANDIDATE_EMAIL_LENGTH);
		List<String> positions = candidates.positions();
		this.position.setItems(positions);
		this.position.setAllowCustomValue(true);
		this.position.addCustomValueSetListener((custom) -> {
			if (!positions.contains(custom.getDetail())) {
				this.position.setItems(append(positions, custom.getDetail()));
			}
			this.position.setValue(custom.getDetail());
		});
		this.position.setRequiredIndicatorVisible(true);
		this.position.setHelperText(getTranslation("hiring.dialog.position.help"));
		this.source.setMaxLength(HiringLimits.SOURCE_LENGTH);
		this.source.setHelperText(getTranslation("hiring.dialog.source.help"));
		this.consentDate.setHelperText(getTranslation("hiring.dialog.consent.help"));
		this.notes.setMaxLength(HiringLimits.CANDIDATE_NOTES_LENGTH);

		FormLayout form = new FormLayout(this.fullName, this.email, this.position, this.source, this.consentDate,
				this.notes);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
		form.setColspan(this.notes, 2);
		add(form);
		this.fieldsByName = Map.of("fullName", this.fullName, "email", this.email, "position", this.position, "source",
				this.source, "notes", this.notes, "consentDate", this.consentDate);
		bind();
		fill(existing);

		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> save());
		getFooter().add(new Button(getTranslation("hiring.dialog.cancel"), (click) -> close()), this.save);
	}

	private static List<String> append(List<String> items, String item) {
		return Stream.concat(items.stream(), Stream.of(item)).toList();
	}

	private void bind() {
		this.binder.forField(this.fullName).bind("fullName");
		this.binder.forField(this.email).bind("email");
		this.binder.forField(this.position).bind("position");
		this.binder.forField(this.source).bind("source");
		this.binder.forField(this.notes).bind("notes");
		this.binder.forField(this.consentDate).bind("consentDate");
	}

	private void fill(CandidateDetails candidate) {
		this.binder.readRecord((candidate == null) ? new CandidateForm("", "", null, "", "", null)
				: new CandidateForm(orEmpty(candidate.fullName()), orEmpty(candidate.email()), candidate.position(),
						orEmpty(candidate.source()), orEmpty(candidate.notes()), candidate.consentDate()));
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	void save() {
		this.fieldsByName.values().forEach((field) -> field.setInvalid(false));
		CandidateForm form;
		try {
			form = this.binder.writeRecord();
		}
		catch (ValidationException ex) {
			return;
		}
		try {
			CandidateDetails saved = (this.existing == null) ? this.candidates.createCandidate(form)
					: this.candidates.updateCandidate(this.existing.id(), this.existing.version(), form);
			close();
			this.onSaved.accept(saved);
			Notices.done(getTranslation("hiring.dialog.saved", saved.displayName()));
		}
		catch (ConstraintViolationException ex) {
			for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
				String path = violation.getPropertyPath().toString();
				HasValidation field = this.fieldsByName.getOrDefault(path.substring(path.lastIndexOf('.') + 1),
						this.fullName);
				field.setErrorMessage(violation.getMessage());
				field.setInvalid(true);
			}
		}
		catch (Refusal ex) {
			Notices.refused(ex);
		}
	}

}
