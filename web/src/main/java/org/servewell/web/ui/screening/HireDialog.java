package org.servewell.web.ui.screening;

import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.DateFields;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.HireForm;
import org.servewell.hiring.HireResult;
import org.servewell.hiring.HiringRefusedException;
import org.servewell.hiring.HiringDecisionService;
import org.servewell.hiring.HiringLimits;
import org.servewell.learning.HiringCourseService;
import org.servewell.people.InvalidPersonException;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonChoice;
import org.servewell.web.ui.components.Notices;

/**
 * Hires a candidate: the employee record to create and the reason, then the hand-over:
 * the one-time link with which the new employee sets their password, from the hire, and
 * the courses learning added for their weakest traits when it heard of the hire, read
 * once the hire is done ({@link HandOverDialog}).
 */
public class HireDialog extends Dialog {

	final TextField displayName = new TextField(getTranslation("hiring.hire.name"));

	final EmailField email = new EmailField(getTranslation("hiring.hire.email"));

	final ComboBox<String> department = new ComboBox<>(getTranslation("hiring.hire.department"));

	final TextField jobRole = new TextField(getTranslation("hiring.hire.job-role"));

	final DatePicker startDate = DateFields.datePicker(getTranslation("hiring.hire.start-date"));

	final ComboBox<PersonChoice> manager = new ComboBox<>(getTranslation("hiring.hire.manager"));

	final TextArea reason = new TextArea(getTranslation("hiring.hire.reason"));

	final Button hire = new Button(getTranslation("hiring.hire.submit"));

	private final HiringDecisionService decisions;

	private final HiringCourseService hiringCourses;

	private final CandidateDetails candidate;

	private final Consumer<HireResult> onHired;

	private final Map<String, HasValidation> fields;

	/**
	 * Checks each field against the annotations on {@link HireForm}, beside the field;
	 * the reason is not part of the form and is checked apart.
	 */
	private final BeanValidationBinder<HireForm> binder = FormBinder.forRecord(HireForm.class);

	public HireDialog(HiringDecisionService decisions, PeopleService people, HiringCourseService hiringCourses,
			CandidateDetails candidate, Consumer<HireResult> onHired) {
		this.decisions = decisions;
		this.hiringCourses = hiringCourses;
		this.candidate = candidate;
		this.onHired = onHired;
		setHeaderTitle(getTranslation("hiring.hire.title", candidate.displayName()));
		setWidth("min(44rem, 96vw)");
		this.displayName.setRequiredIndicatorVisible(true);
		this.email.setRequiredIndicatorVisible(true);
		this.email.setHelperText(getTranslation("hiring.hire.email.help"));
		this.department.setItems(people.listDepartments());
		this.department.setAllowCustomValue(true);
		this.department.addCustomValueSetListener((custom) -> this.department.setValue(custom.getDetail()));
		this.department.setHelperText(getTranslation("hiring.hire.department.help"));
		this.startDate.setRequiredIndicatorVisible(true);
		this.manager.setItems(people.listManagerChoices());
		this.manager.setItemLabelGenerator((choice) -> choice.displayName() + " (" + choice.email() + ")");
		this.manager.setClearButtonVisible(true);
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setMaxLength(HiringLimits.REASON_LENGTH);
		FormLayout form = new FormLayout(this.displayName, this.email, this.department, this.jobRole, this.startDate,
				this.manager, this.reason);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
		form.setColspan(this.reason, 2);
		add(new Paragraph(getTranslation("hiring.hire.intro")), form);
		this.fields = Map.of("displayName", this.displayName, "email", this.email, "department", this.department,
				"jobRole", this.jobRole, "startDate", this.startDate, "managerId", this.manager);
		bind(candidate);
		this.hire.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.hire.addClickListener((click) -> hire());
		getFooter().add(new Button(getTranslation("hiring.hire.cancel"), (click) -> close()), this.hire);
	}

	private void bind(CandidateDetails candidate) {
		this.binder.forField(this.displayName).bind("displayName");
		this.binder.forField(this.email).withConverter(String::strip, (stored) -> stored).bind("email");
		this.binder.forField(this.department).bind("department");
		this.binder.forField(this.jobRole).bind("jobRole");
		this.binder.forField(this.startDate).bind("startDate");
		this.binder.forField(this.manager)
			.withConverter((choice) -> (choice != null) ? choice.id() : null, (id) -> null)
			.bind("managerId");
		this.binder.readRecord(new HireForm(candidate.displayName(),
				(candidate.email() != null) ? candidate.email() : "", null, "", null, null));
	}

	void hire() {
		this.fields.values().forEach((field) -> field.setInvalid(false));
		this.reason.setInvalid(false);
		boolean reasonGiven = !this.reason.getValue().isBlank();
		if (!reasonGiven) {
			this.reason.setErrorMessage(getTranslation("hiring.hire.reason.missing"));
			this.reason.setInvalid(true);
		}
		HireForm form;
		try {
			form = this.binder.writeRecord();
		}
		catch (ValidationException ex) {
			return;
		}
		if (!reasonGiven) {
			return;
		}
		try {
			HireResult result = this.decisions.hire(this.candidate.id(), form, this.reason.getValue());
			close();
			this.onHired.accept(result);
			new HandOverDialog(result, this.hiringCourses.coursesFromHiring(result.personId())).open();
		}
		catch (ConstraintViolationException ex) {
			for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
				String path = violation.getPropertyPath().toString();
				show(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
			}
		}
		catch (InvalidPersonException ex) {
			show(ex.field(), ErrorReporting.refused(ex));
		}
		catch (HiringRefusedException ex) {
			Notices.refused(ex);
		}
	}

	private void show(String field, String message) {
		HasValidation target = this.fields.getOrDefault(field, this.email);
		target.setErrorMessage(message);
		target.setInvalid(true);
	}

}
