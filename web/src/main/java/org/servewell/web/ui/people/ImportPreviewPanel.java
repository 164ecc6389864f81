package org.servewell.web.ui.people;

import java.util.List;
import java.util.Locale;

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

	private final H3 problemsHeading = new H3(getTranslation("people.import.problems"));

	private final H3 changesHeading = new H3(getTranslation("people.import.changes"));

	ImportPreviewPanel() {
		this.summary.getElement().setAttribute("aria-live", "polite");
		this.problems.addColumn(ImportPreviewPanel::line)
			.setHeader(getTranslation("people.import.column.line"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.problems.addColumn(ImportProblem::column)
			.setHeader(getTranslation("people.import.column.column"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.problems.addColumn(ImportProblem::message)
			.setHeader(getTranslation("people.import.column.problem"))
			.setFlexGrow(1);
		this.problems.setAriaLabel(getTranslation("people.import.problems"));
		this.problems.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.changes.addColumn((change) -> (change.line() > 0) ? String.valueOf(change.line()) : "")
			.setHeader(getTranslation("people.import.column.line"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.changes.addColumn(PersonChange::email)
			.setHeader(getTranslation("people.import.column.email"))
			.setFlexGrow(1);
		this.changes.addColumn((change) -> kind(change.kind()))
			.setHeader(getTranslation("people.import.column.what"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.changes.addColumn((change) -> String.join("; ", change.changes()))
			.setHeader(getTranslation("people.import.column.details"))
			.setFlexGrow(2);
		this.changes.setAriaLabel(getTranslation("people.import.changes"));
		this.changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		add(this.summary, this.departments, this.problemsHeading, this.problems, this.changesHeading, this.changes);
		clear();
	}

	/** Shows a preview of an import with these options. */
	void show(ImportPreview preview, ImportOptions options) {
		this.summary.setText(summary(preview, options));
		this.departments.setText(preview.newDepartments().isEmpty() ? ""
				: getTranslation("people.import.new-departments", String.join(", ", preview.newDepartments())));
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
		this.problemsHeading.setText(getTranslation("people.import.problems.count", found.size()));
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

	String summary(ImportPreview preview, ImportOptions options) {
		String counts = getTranslation("people.import.summary.counts", preview.created(), preview.changed(),
				preview.deactivated(), preview.unchanged())
				+ (options.deactivateOthers()
						? " " + getTranslation("people.import.summary.not-in-file", preview.deactivatedNotInFile())
						: "");
		return getTranslation("people.import.summary.head", preview.fileName(), preview.rows()) + " " + counts + " "
				+ getTranslation(preview.importable() ? "people.import.summary.importable"
						: "people.import.summary.not-importable");
	}

	private static String line(ImportProblem problem) {
		return (problem.line() > 0) ? String.valueOf(problem.line()) : "";
	}

	private String kind(PersonChange.Kind kind) {
		return getTranslation("people.import.kind." + kind.name().toLowerCase(Locale.ROOT));
	}

}
