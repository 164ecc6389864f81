package org.servewell.web.ui.people;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import org.servewell.people.importing.ImportOptions;
import org.servewell.people.importing.ImportPreview;
import org.servewell.people.importing.ImportProblem;
import org.servewell.people.importing.PersonChange;

/**
 * What an employee file would do: a summary of the counts, the departments it would
 * create, and either every problem by line and column or the people it would change.
 */
class ImportPreviewPanel extends Div {

	final Paragraph summary = new Paragraph();

	final Paragraph departments = new Paragraph();

	final Grid<ImportProblem> problems = new Grid<>();

	final Grid<PersonChange> changes = new Grid<>();

	private final H3 problemsHeading = new H3("Problems to fix");

	private final H3 changesHeading = new H3("Changes");

	ImportPreviewPanel() {
		this.summary.getElement().setAttribute("aria-live", "polite");
		this.problems.addColumn(ImportPreviewPanel::line).setHeader("Line").setAutoWidth(true).setFlexGrow(0);
		this.problems.addColumn(ImportProblem::column).setHeader("Column").setAutoWidth(true).setFlexGrow(0);
		this.problems.addColumn(ImportProblem::message).setHeader("Problem").setFlexGrow(1);
		this.problems.setAriaLabel("Problems to fix");
		this.problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.changes.addColumn((change) -> (change.line() > 0) ? String.valueOf(change.line()) : "")
			.setHeader("Line")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.changes.addColumn(PersonChange::email).setHeader("Email").setFlexGrow(1);
		this.changes.addColumn((change) -> kind(change.kind())).setHeader("What").setAutoWidth(true).setFlexGrow(0);
		this.changes.addColumn((change) -> String.join("; ", change.changes())).setHeader("Details").setFlexGrow(2);
		this.changes.setAriaLabel("Changes");
		this.changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		add(this.summary, this.departments, this.problemsHeading, this.problems, this.changesHeading, this.changes);
		clear();
	}

	/** Shows a preview of an import with these options. */
	void show(ImportPreview preview, ImportOptions options) {
		this.summary.setText(summary(preview, options));
		this.departments.setText(
				preview.newDepartments().isEmpty() ? "" : "New departments, created as the person form creates them: "
						+ String.join(", ", preview.newDepartments()) + ".");
		this.departments.setVisible(!preview.newDepartments().isEmpty());
		showProblems(preview.problems());
		this.changes.setItems(preview.changes());
		boolean showChanges = preview.importable() && !preview.changes().isEmpty();
		this.changesHeading.setVisible(showChanges);
		this.changes.setVisible(showChanges);
	}

	/** Shows the problems a refused import found, replacing the preview's. */
	void showProblems(List<ImportProblem> found) {
		this.problems.setItems(found);
		this.problemsHeading.setText((found.size() == 1) ? "1 problem to fix" : found.size() + " problems to fix");
		this.problemsHeading.setVisible(!found.isEmpty());
		this.problems.setVisible(!found.isEmpty());
		if (!found.isEmpty()) {
			this.changesHeading.setVisible(false);
			this.changes.setVisible(false);
		}
	}

	/** Shows nothing, as before a file is chosen. */
	void clear() {
		this.summary.setText("");
		this.departments.setVisible(false);
		showProblems(List.of());
		this.changesHeading.setVisible(false);
		this.changes.setVisible(false);
	}

	static String summary(ImportPreview preview, ImportOptions options) {
		String counts = preview.created() + " to create, " + preview.changed() + " to change, " + preview.deactivated()
				+ " to deactivate, " + preview.unchanged() + " left as they are."
				+ (options.deactivateOthers() ? " Not in the file: " + preview.deactivatedNotInFile()
						+ ((preview.deactivatedNotInFile() == 1) ? " active person" : " active people")
						+ " to deactivate." : "");
		String head = preview.fileName() + ": " + preview.rows() + ((preview.rows() == 1) ? " person. " : " people. ");
		return head + counts + (preview.importable() ? " Nothing has been changed yet."
				: " Fix the problems below and upload the file again; nothing has been changed.");
	}

	private static String line(ImportProblem problem) {
		return (problem.line() > 0) ? String.valueOf(problem.line()) : "";
	}

	private static String kind(PersonChange.Kind kind) {
		return switch (kind) {
			case CREATED -> "Create";
			case CHANGED -> "Change";
			case DEACTIVATED -> "Deactivate";
			case UNCHANGED -> "Leave";
		};
	}

}
