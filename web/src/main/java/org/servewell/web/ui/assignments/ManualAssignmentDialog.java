package org.servewell.web.ui.assignments;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.constraints.NotNull;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.CourseSummary;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.InvalidAssignmentException;
import org.servewell.people.PersonChoice;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.DateFields;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Notices;

/**
 * Assigns a course by hand, to one person or to everyone in a department, with a due
 * date.
 */
class ManualAssignmentDialog extends Dialog {

	static final String ONE_PERSON = "One person";

	static final String DEPARTMENT = "Everyone in a department";

	final RadioButtonGroup<String> who = new RadioButtonGroup<>(getTranslation("assignments.manual.who"));

	final ComboBox<PersonChoice> person = new ComboBox<>(getTranslation("assignments.manual.person"));

	final ComboBox<String> department = new ComboBox<>(getTranslation("assignments.manual.department"));

	final ComboBox<CourseSummary> course = new ComboBox<>(getTranslation("assignments.manual.course"));

	final DatePicker dueDate = DateFields.datePicker(getTranslation("assignments.manual.due"));

	final Paragraph problem = new Paragraph();

	final Button save = new Button(getTranslation("assignments.manual.save"));

	/**
	 * Checks each field against {@link Fields}' annotations, beside the field; whether
	 * the person or the department is needed depends on the choice of whom to assign.
	 */
	private final BeanValidationBinder<Fields> binder = FormBinder.forRecord(Fields.class);

	private final AssignmentService assignments;

	/**
	 * What the dialog's fields hold. Public only because the binder creates it by
	 * reflection.
	 *
	 * @param person the person, when assigning to one person
	 * @param department the department, when assigning to everyone in one
	 * @param course the course to assign
	 * @param dueDate the day it is due
	 */
	public record Fields(PersonChoice person, String department,
			@NotNull(message = "Choose a course.") CourseSummary course,
			@NotNull(message = "Choose the day it is due.") LocalDate dueDate) {
	}

	ManualAssignmentDialog(AssignmentService assignments, CatalogService catalog, List<PersonChoice> people,
			List<String> departments) {
		this.assignments = assignments;
		setHeaderTitle(getTranslation("assignments.manual.title"));
		setWidth("min(36rem, 96vw)");
		this.person.setItems(people);
		this.person.setItemLabelGenerator(
				(choice) -> getTranslation("assignments.manual.person.choice", choice.displayName(), choice.email()));
		this.person.setRequiredIndicatorVisible(true);
		this.department.setItems(departments);
		this.department.setRequiredIndicatorVisible(true);
		this.department.setVisible(false);
		this.who.setItems(ONE_PERSON, DEPARTMENT);
		this.who.setItemLabelGenerator((choice) -> getTranslation(
				ONE_PERSON.equals(choice) ? "assignments.manual.one-person" : "assignments.manual.department-choice"));
		this.who.setValue(ONE_PERSON);
		this.who.addValueChangeListener((change) -> {
			boolean one = ONE_PERSON.equals(change.getValue());
			this.person.setVisible(one);
			this.department.setVisible(!one);
		});
		this.course.setItems(catalog.listCourses());
		this.course.setItemLabelGenerator(CourseSummary::title);
		this.course.setRequiredIndicatorVisible(true);
		this.dueDate.setMin(LocalDate.now());
		this.dueDate.setRequiredIndicatorVisible(true);
		this.problem.addClassName("sw-problem");
		this.problem.setVisible(false);
		this.problem.getElement().setAttribute("role", "alert");
		bind();
		add(new FormLayout(this.who, this.person, this.department, this.course, this.dueDate), this.problem);

		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> save());
		getFooter().add(new Button(getTranslation("assignments.cancel"), (click) -> close()), this.save);
	}

	private void bind() {
		this.binder.forField(this.person)
			.withValidator((chosen) -> chosen != null || !toOnePerson(),
					getTranslation("assignments.manual.person.required"))
			.bind("person");
		this.binder.forField(this.department)
			.withValidator((chosen) -> chosen != null || toOnePerson(),
					getTranslation("assignments.manual.department.required"))
			.bind("department");
		this.binder.forField(this.course)
			.asRequired(getTranslation("assignments.manual.course.required"))
			.bind("course");
		this.binder.forField(this.dueDate)
			.asRequired(getTranslation("assignments.manual.due.required"))
			.bind("dueDate");
		this.binder.readRecord(new Fields(null, null, null, LocalDate.now().plusWeeks(2)));
	}

	private boolean toOnePerson() {
		return ONE_PERSON.equals(this.who.getValue());
	}

	void save() {
		this.problem.setVisible(false);
		Fields entered;
		try {
			entered = this.binder.writeRecord();
		}
		catch (ValidationException ex) {
			return;
		}
		try {
			String message;
			if (toOnePerson()) {
				this.assignments.assignCourse(entered.person().id(), entered.course().code(), entered.dueDate());
				message = getTranslation("assignments.manual.done.person", entered.course().title(),
						entered.person().displayName());
			}
			else {
				int count = this.assignments.assignCourseToDepartment(entered.department(), entered.course().code(),
						entered.dueDate());
				message = getTranslation("assignments.manual.done.department", entered.course().title(), count,
						entered.department());
			}
			close();
			Notices.done(message);
		}
		catch (InvalidAssignmentException ex) {
			this.problem.setText(ErrorReporting.refused(ex));
			this.problem.setVisible(true);
		}
	}

}
