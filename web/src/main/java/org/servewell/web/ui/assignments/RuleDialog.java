package org.servewell.web.ui.assignments;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import jakarta.validation.ConstraintViolationException;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.CourseSummary;
import org.servewell.catalog.PathSummary;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.InvalidAssignmentException;
import org.servewell.learning.RuleForm;
import org.servewell.people.PersonLimits;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Notices;

/**
 * A new assignment rule: who (department and/or job role) gets what (a path or a course)
 * and when it is due.
 */
class RuleDialog extends Dialog {

	static final String PATH = "An onboarding path";

	static final String COURSE = "A single course";

	final ComboBox<String> department = new ComboBox<>(getTranslation("assignments.rule.department"));

	final TextField jobRole = new TextField(getTranslation("assignments.rule.job-role"));

	final RadioButtonGroup<String> kind = new RadioButtonGroup<>(getTranslation("assignments.rule.gives"));

	final ComboBox<PathSummary> path = new ComboBox<>(getTranslation("assignments.rule.path"));

	final ComboBox<CourseSummary> course = new ComboBox<>(getTranslation("assignments.rule.course"));

	final IntegerField dueAfterDays = new IntegerField(getTranslation("assignments.rule.due-after"));

	final Paragraph problem = new Paragraph();

	final Button save = new Button(getTranslation("assignments.rule.save"));

	/**
	 * Checks each field against the annotations on {@link RuleForm}, beside the field.
	 */
	private final BeanValidationBinder<RuleForm> binder = FormBinder.forRecord(RuleForm.class);

	private final AssignmentService assignments;

	private final Runnable onSaved;

	RuleDialog(AssignmentService assignments, CatalogService catalog, List<String> departments, Runnable onSaved) {
		this.assignments = assignments;
		this.onSaved = onSaved;
		setHeaderTitle(getTranslation("assignments.rule.title"));
		setWidth("min(40rem, 96vw)");
		this.department.setItems(departments);
		this.department.setClearButtonVisible(true);
		this.department.setHelperText(getTranslation("assignments.rule.department.helper"));
		this.jobRole.setHelperText(getTranslation("assignments.rule.job-role.helper"));
		this.jobRole.setMaxLength(PersonLimits.JOB_ROLE_LENGTH);
		this.kind.setItems(PATH, COURSE);
		this.kind.setItemLabelGenerator((choice) -> getTranslation(
				PATH.equals(choice) ? "assignments.rule.path-choice" : "assignments.rule.course-choice"));
		this.kind.setValue(PATH);
		this.path.setItems(catalog.listPaths());
		this.path.setItemLabelGenerator(PathSummary::title);
		this.course.setItems(catalog.listCourses());
		this.course.setItemLabelGenerator(CourseSummary::title);
		this.course.setVisible(false);
		this.dueAfterDays.setMin(0);
		this.dueAfterDays.setMax(365);
		this.dueAfterDays.setStepButtonsVisible(true);
		this.dueAfterDays.setVisible(false);
		this.kind.addValueChangeListener((change) -> {
			boolean isPath = PATH.equals(change.getValue());
			this.path.setVisible(isPath);
			this.course.setVisible(!isPath);
			this.dueAfterDays.setVisible(!isPath);
		});
		this.problem.addClassName("sw-problem");
		this.problem.setVisible(false);
		this.problem.getElement().setAttribute("role", "alert");
		bind();

		FormLayout form = new FormLayout(this.department, this.jobRole, this.kind, this.path, this.course,
				this.dueAfterDays);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
		form.setColspan(this.kind, 2);
		add(form, this.problem);

		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> save());
		getFooter().add(new Button(getTranslation("assignments.cancel"), (click) -> close()), this.save);
	}

	private void bind() {
		this.binder.forField(this.department).bind("department");
		this.binder.forField(this.jobRole).bind("jobRole");
		this.binder.forField(this.path)
			.withConverter((chosen) -> (chosen != null) ? chosen.code() : null,
					(code) -> this.path.getListDataView()
						.getItems()
						.filter((offered) -> offered.code().equals(code))
						.findFirst()
						.orElse(null))
			.bind("pathCode");
		this.binder.forField(this.course)
			.withConverter((chosen) -> (chosen != null) ? chosen.code() : null,
					(code) -> this.course.getListDataView()
						.getItems()
						.filter((offered) -> offered.code().equals(code))
						.findFirst()
						.orElse(null))
			.bind("courseCode");
		// An emptied field is refused by the service as a negative number of days.
		this.binder.forField(this.dueAfterDays)
			.withConverter((days) -> (days != null) ? days : -1, (days) -> days)
			.bind("dueAfterDays");
		this.binder.readRecord(new RuleForm(null, "", null, null, 14));
	}

	void save() {
		this.problem.setVisible(false);
		RuleForm entered;
		try {
			entered = this.binder.writeRecord();
		}
		catch (ValidationException ex) {
			return;
		}
		// Only what the chosen kind gives counts; the other choice may be left over.
		boolean isPath = PATH.equals(this.kind.getValue());
		RuleForm rule = new RuleForm(entered.department(), entered.jobRole(), isPath ? entered.pathCode() : null,
				isPath ? null : entered.courseCode(), entered.dueAfterDays());
		try {
			int assigned = this.assignments.createRule(rule);
			close();
			this.onSaved.run();
			Notices.done(getTranslation("assignments.rule.added", assigned));
		}
		catch (InvalidAssignmentException ex) {
			showProblem(ErrorReporting.refused(ex));
		}
		catch (ConstraintViolationException ex) {
			showProblem(ex.getConstraintViolations().iterator().next().getMessage());
		}
	}

	private void showProblem(String message) {
		this.problem.setText(message);
		this.problem.setVisible(true);
	}

}
