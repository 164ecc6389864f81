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

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.CourseSummary;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.InvalidAssignmentException;
import org.servewell.people.PersonChoice;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.DateFields;
import org.servewell.web.ui.components.Notices;

/**
 * Assigns a course by hand, to one person or to everyone in a department, with a due
 * date.
 */
class ManualAssignmentDialog extends Dialog {

	static final String ONE_PERSON = "One person";

	static final String DEPARTMENT = "Everyone in a department";

	final RadioButtonGroup<String> who = new RadioButtonGroup<>("Assign to");

	final ComboBox<PersonChoice> person = new ComboBox<>("Person");

	final ComboBox<String> department = new ComboBox<>("Department");

	final ComboBox<CourseSummary> course = new ComboBox<>("Course");

	final DatePicker dueDate = DateFields.datePicker("Due");

	final Paragraph problem = new Paragraph();

	final Button save = new Button("Assign");

	ManualAssignmentDialog(AssignmentService assignments, CatalogService catalog, List<PersonChoice> people,
			List<String> departments) {
		setHeaderTitle("Assign a course by hand");
		setWidth("min(36rem, 96vw)");
		this.person.setItems(people);
		this.person.setItemLabelGenerator((choice) -> choice.displayName() + " (" + choice.email() + ")");
		this.person.setRequiredIndicatorVisible(true);
		this.department.setItems(departments);
		this.department.setVisible(false);
		this.who.setItems(ONE_PERSON, DEPARTMENT);
		this.who.setValue(ONE_PERSON);
		this.who.addValueChangeListener((change) -> {
			boolean one = ONE_PERSON.equals(change.getValue());
			this.person.setVisible(one);
			this.department.setVisible(!one);
		});
		this.course.setItems(catalog.listCourses());
		this.course.setItemLabelGenerator(CourseSummary::title);
		this.course.setRequiredIndicatorVisible(true);
		this.dueDate.setValue(LocalDate.now().plusWeeks(2));
		this.dueDate.setMin(LocalDate.now());
		this.problem.addClassName("sw-problem");
		this.problem.setVisible(false);
		this.problem.getElement().setAttribute("role", "alert");
		add(new FormLayout(this.who, this.person, this.department, this.course, this.dueDate), this.problem);

		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> {
			boolean one = ONE_PERSON.equals(this.who.getValue());
			if ((one ? this.person.getValue() == null : this.department.getValue() == null)
					|| this.course.getValue() == null) {
				this.problem.setText(one ? "Choose a person and a course." : "Choose a department and a course.");
				this.problem.setVisible(true);
				return;
			}
			try {
				String message;
				if (one) {
					assignments.assignCourse(this.person.getValue().id(), this.course.getValue().code(),
							this.dueDate.getValue());
					message = "Assigned " + this.course.getValue().title() + " to "
							+ this.person.getValue().displayName() + ".";
				}
				else {
					int count = assignments.assignCourseToDepartment(this.department.getValue(),
							this.course.getValue().code(), this.dueDate.getValue());
					message = "Assigned " + this.course.getValue().title() + " to " + count
							+ ((count == 1) ? " person" : " people") + " in " + this.department.getValue() + ".";
				}
				close();
				Notices.done(message);
			}
			catch (InvalidAssignmentException ex) {
				this.problem.setText(ErrorReporting.refused(ex));
				this.problem.setVisible(true);
			}
		});
		getFooter().add(new Button("Cancel", (click) -> close()), this.save);
	}

}
