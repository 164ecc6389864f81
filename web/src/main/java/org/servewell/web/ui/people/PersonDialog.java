package org.servewell.web.ui.people;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.servewell.people.InvalidPersonException;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonChoice;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.PersonLimits;
import org.servewell.people.Role;
import org.servewell.people.StaleEditException;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.DateFields;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Notices;

/**
 * Adds or edits one person. Problems are shown at the field they belong to and nothing is
 * saved until all are fixed; the service checks every rule again.
 */
class PersonDialog extends Dialog {

	final EmailField email = new EmailField(getTranslation("people.field.email"));

	final TextField displayName = new TextField(getTranslation("people.field.name"));

	final CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("people.field.roles"));

	final ComboBox<String> department = new ComboBox<>(getTranslation("people.field.department"));

	final TextField jobRole = new TextField(getTranslation("people.field.job-role"));

	final TextField employeeNumber = new TextField(getTranslation("people.field.employee-number"));

	final DatePicker startDate = DateFields.datePicker(getTranslation("people.field.start-date"));

	final ComboBox<PersonChoice> manager = new ComboBox<>(getTranslation("people.field.manager"));

	final Checkbox enabled = new Checkbox(getTranslation("people.field.enabled"));

	final PasswordField password = new PasswordField();

	final Button save = new Button(getTranslation("people.dialog.save"));

	private final PeopleService people;

	private final PersonDetails existing;

	private final Consumer<PersonDetails> onSaved;

	private final Map<String, HasValidation> fieldsByName;

	/**
	 * Checks each field against the annotations on {@link PersonForm}, beside the field;
	 * the password is not part of the form and is checked apart.
	 */
	private final BeanValidationBinder<PersonForm> binder = FormBinder.forRecord(PersonForm.class);

	PersonDialog(PeopleService people, PersonDetails existing, Consumer<PersonDetails> onSaved) {
		this.people = people;
		this.existing = existing;
		this.onSaved = onSaved;
		setHeaderTitle((existing == null) ? getTranslation("people.dialog.add")
				: getTranslation("people.dialog.edit", existing.displayName()));
		setWidth("min(44rem, 96vw)");

		this.email.setMaxLength(PersonLimits.EMAIL_LENGTH);
		this.email.setRequiredIndicatorVisible(true);
		this.displayName.setMaxLength(PersonLimits.DISPLAY_NAME_LENGTH);
		this.displayName.setRequiredIndicatorVisible(true);
		Set<Role> shownRoles = EnumSet.copyOf(people.assignableRoles());
		if (existing != null) {
			shownRoles.addAll(existing.roles());
		}
		this.roles.setItems(shownRoles);
		this.roles.setItemLabelGenerator((role) -> getTranslation("role." + role.name().toLowerCase(Locale.ROOT)));
		// Not setRequiredIndicatorVisible: the group would carry aria-required, which the
		// group role does not allow (vaadin/web-components#2931); the helper says it.
		this.roles.setHelperText(getTranslation("people.field.roles.helper"));
		this.department.setItems(people.listDepartments());
		this.department.setAllowCustomValue(true);
		this.department.addCustomValueSetListener((custom) -> this.department.setValue(custom.getDetail()));
		this.department.setHelperText(getTranslation("people.field.department.helper"));
		this.jobRole.setMaxLength(PersonLimits.JOB_ROLE_LENGTH);
		this.employeeNumber.setMaxLength(PersonLimits.EMPLOYEE_NUMBER_LENGTH);
		this.employeeNumber.setHelperText(getTranslation("people.field.employee-number.helper"));
		this.manager.setItems(people.listManagerChoices()
			.stream()
			.filter((choice) -> existing == null || choice.id() != existing.id())
			.toList());
		this.manager.setItemLabelGenerator(
				(choice) -> getTranslation("people.field.manager.choice", choice.displayName(), choice.email()));
		this.manager.setClearButtonVisible(true);
		setUpPassword(existing == null);

		FormLayout form = new FormLayout(this.email, this.displayName, this.roles, this.enabled, this.department,
				this.jobRole, this.employeeNumber, this.startDate, this.manager, this.password);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
		form.setColspan(this.roles, 2);
		add(form);
		if (existing == null) {
			add(new Paragraph(getTranslation("people.dialog.share")));
		}

		this.fieldsByName = Map.of("email", this.email, "displayName", this.displayName, "roles", this.roles,
				"department", this.department, "jobRole", this.jobRole, "employeeNumber", this.employeeNumber,
				"managerId", this.manager, "enabled", this.enabled, "password", this.password);

		bind();
		fill(existing);
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> save());
		Button cancel = new Button(getTranslation("people.dialog.cancel"), (click) -> close());
		getFooter().add(cancel, this.save);
	}

	/** The initial password of a new person, or a new one for an existing person. */
	private void setUpPassword(boolean isNew) {
		this.password.setLabel(getTranslation((isNew) ? "people.field.password.initial" : "people.field.password.new"));
		this.password.setHelperText(getTranslation("people.field.password.helper", PersonLimits.PASSWORD_MIN_LENGTH));
		this.password.setMaxLength(PersonLimits.PASSWORD_MAX_LENGTH);
		this.password.setRequiredIndicatorVisible(isNew);
	}

	private void bind() {
		this.binder.forField(this.email).withConverter(String::strip, (stored) -> stored).bind("email");
		this.binder.forField(this.displayName).bind("displayName");
		this.binder.forField(this.roles).bind("roles");
		this.binder.forField(this.department).bind("department");
		this.binder.forField(this.jobRole).withNullRepresentation("").bind("jobRole");
		// Blank means none: stripped first, so that spaces alone are none too.
		this.binder.forField(this.employeeNumber)
			.withConverter(String::strip, (stored) -> stored)
			.withNullRepresentation("")
			.bind("employeeNumber");
		this.binder.forField(this.startDate).bind("startDate");
		this.binder.forField(this.manager)
			.withConverter((choice) -> (choice != null) ? choice.id() : null, this::managerChoice)
			.bind("managerId");
		this.binder.forField(this.enabled).bind("enabled");
	}

	private void fill(PersonDetails person) {
		this.binder.readRecord(
				(person == null) ? new PersonForm("", "", EnumSet.of(Role.LEARNER), null, "", null, null, true, "")
						: new PersonForm(person.email(), person.displayName(), person.roles(), person.department(),
								person.jobRole(), person.startDate(), person.managerId(), person.enabled(),
								person.employeeNumber()));
	}

	private PersonChoice managerChoice(Long managerId) {
		return (managerId == null) ? null
				: this.manager.getListDataView()
					.getItems()
					.filter((choice) -> choice.id() == managerId)
					.findFirst()
					.orElse(null);
	}

	void save() {
		this.fieldsByName.values().forEach((field) -> field.setInvalid(false));
		boolean passwordGiven = checkPassword();
		PersonForm form;
		try {
			form = this.binder.writeRecord();
		}
		catch (ValidationException ex) {
			return;
		}
		if (!passwordGiven) {
			return;
		}
		try {
			PersonDetails saved;
			if (this.existing == null) {
				saved = this.people.createPerson(form, this.password.getValue());
			}
			else {
				saved = this.people.updatePerson(this.existing.id(), this.existing.version(), form,
						this.password.getValue());
			}
			close();
			this.onSaved.accept(saved);
			Notices.done(getTranslation("people.saved", saved.displayName()));
		}
		catch (InvalidPersonException ex) {
			showError(ex.field(), ErrorReporting.refused(ex));
		}
		catch (ConstraintViolationException ex) {
			for (ConstraintViolation<?> violation : ex.getConstraintViolations()) {
				String path = violation.getPropertyPath().toString();
				showError(path.substring(path.lastIndexOf('.') + 1), violation.getMessage());
			}
		}
		catch (StaleEditException ex) {
			Notices.refused(ex);
		}
	}

	private boolean checkPassword() {
		if (this.existing == null && this.password.getValue().isEmpty()) {
			showError("password", getTranslation("people.field.password.required"));
			return false;
		}
		return true;
	}

	private void showError(String field, String message) {
		HasValidation target = this.fieldsByName.getOrDefault(field, this.email);
		target.setErrorMessage(message);
		target.setInvalid(true);
	}

}
