package org.servewell.web.ui.reports;

import java.util.Objects;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.binder.Result;

import org.servewell.people.PersonChoice;
import org.servewell.reporting.CellState;
import org.servewell.reporting.MatrixChoices;
import org.servewell.reporting.MatrixChoices.MatrixPath;
import org.servewell.reporting.MatrixFilter;
import org.servewell.web.ui.components.DateFields;
import org.servewell.web.ui.components.FormBinder;

/**
 * The completion matrix's filters, bound to a {@link MatrixFilter}: department, manager,
 * job role, onboarding path, status and due window. Each change hands the new filter on;
 * the fields wrap onto more lines on a narrow screen.
 */
class MatrixFilterBar extends Div {

	final ComboBox<String> department = new ComboBox<>();

	final ComboBox<PersonChoice> manager = new ComboBox<>();

	final ComboBox<String> jobRole = new ComboBox<>();

	final Select<MatrixPath> path = new Select<>();

	final Select<CellState> status = new Select<>();

	final DatePicker dueFrom = DateFields.datePicker(getTranslation("reports.matrix.due-from"));

	final DatePicker dueTo = DateFields.datePicker(getTranslation("reports.matrix.due-to"));

	final Button clear = new Button(getTranslation("reports.matrix.clear"));

	private final BeanValidationBinder<MatrixFilter> binder = FormBinder.forRecord(MatrixFilter.class);

	/** Whether the fields are being set all at once, so that one change is reported. */
	private boolean resetting;

	MatrixFilterBar(MatrixChoices choices, Consumer<MatrixFilter> changed) {
		addClassName("sw-matrix-filters");
		this.department.setLabel(getTranslation("reports.matrix.department"));
		this.manager.setLabel(getTranslation("reports.matrix.manager"));
		this.jobRole.setLabel(getTranslation("reports.matrix.job-role"));
		this.department.setItems(choices.departments());
		this.department.setClearButtonVisible(true);
		this.department.setPlaceholder(getTranslation("reports.matrix.any"));
		this.manager.setItems(choices.managers());
		this.manager.setItemLabelGenerator(PersonChoice::displayName);
		this.manager.setClearButtonVisible(true);
		this.manager.setPlaceholder(getTranslation("reports.matrix.any"));
		// A manager sees only their own reports: a choice of managers would offer only
		// themselves.
		this.manager.setVisible(!choices.teamOnly());
		this.jobRole.setItems(choices.jobRoles());
		this.jobRole.setClearButtonVisible(true);
		this.jobRole.setPlaceholder(getTranslation("reports.matrix.any"));
		this.path.setLabel(getTranslation("reports.matrix.path"));
		this.path.setItems(choices.paths());
		this.path.setEmptySelectionAllowed(true);
		this.path.setEmptySelectionCaption(getTranslation("reports.matrix.path.all"));
		this.path
			.setItemLabelGenerator((path) -> (path != null) ? path.title() : getTranslation("reports.matrix.path.all"));
		this.status.setLabel(getTranslation("reports.matrix.status"));
		this.status.setId("matrix-status");
		this.status.setItems(CellState.values());
		this.status.setEmptySelectionAllowed(true);
		this.status.setEmptySelectionCaption(getTranslation("reports.matrix.status.any"));
		this.status.setItemLabelGenerator((state) -> (state != null) ? MatrixCells.state(Words.of(this), state)
				: getTranslation("reports.matrix.status.any"));
		this.dueFrom.setClearButtonVisible(true);
		this.dueTo.setClearButtonVisible(true);
		this.clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

		bind(choices);
		this.binder.readRecord(MatrixFilter.none());
		this.binder.addValueChangeListener((change) -> {
			if (!this.resetting) {
				report(changed);
			}
		});
		this.clear.addClickListener((click) -> {
			this.resetting = true;
			try {
				this.binder.readRecord(MatrixFilter.none());
			}
			finally {
				this.resetting = false;
			}
			report(changed);
		});
		add(this.department, this.manager, this.jobRole, this.path, this.status, this.dueFrom, this.dueTo, this.clear);
	}

	/** Binds each field to its part of the filter; choices become ids and codes. */
	private void bind(MatrixChoices choices) {
		this.binder.forField(this.department).bind("department");
		this.binder.forField(this.manager)
			.withConverter(Converter.from((PersonChoice choice) -> Result.ok((choice != null) ? choice.id() : null),
					(Long id) -> choices.managers()
						.stream()
						.filter((choice) -> Objects.equals(choice.id(), id))
						.findFirst()
						.orElse(null)))
			.bind("managerId");
		this.binder.forField(this.jobRole).bind("jobRole");
		this.binder.forField(this.path)
			.withConverter(Converter.from((MatrixPath path) -> Result.ok((path != null) ? path.code() : null),
					(String code) -> choices.paths()
						.stream()
						.filter((path) -> path.code().equals(code))
						.findFirst()
						.orElse(null)))
			.bind("pathCode");
		this.binder.forField(this.status).bind("status");
		this.binder.forField(this.dueFrom).bind("dueFrom");
		this.binder.forField(this.dueTo).bind("dueTo");
	}

	private void report(Consumer<MatrixFilter> changed) {
		this.dueTo.setInvalid(false);
		try {
			changed.accept(this.binder.writeRecord());
		}
		catch (ValidationException ex) {
			// Every field is optional and free: the binder has no rule that can fail.
		}
	}

	/** Shows why the due window cannot be used, beside its end. */
	void dueWindowProblem(String message) {
		this.dueTo.setErrorMessage(message);
		this.dueTo.setInvalid(true);
	}

}
