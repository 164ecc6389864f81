package org.servewell.web.ui.people;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.importing.EmployeeFile;
import org.servewell.people.importing.EmployeeImportRefusedException;
import org.servewell.people.importing.EmployeeImportService;
import org.servewell.people.importing.ImportOptions;
import org.servewell.people.importing.ImportPreview;
import org.servewell.people.Roles;
import org.servewell.web.ui.components.ImportUpload;
import org.servewell.web.ui.components.Notices;

/**
 * Employee import for HR and administrators: download the template, upload a CSV file,
 * read the preview (what would be created, changed and deactivated, and every problem by
 * line and column), then import the whole file or nothing.
 */
@Route("employees/import")
@PageTitle("Import employees")
@RolesAllowed({ Roles.HR, Roles.ADMIN })
public class EmployeeImportView extends Main {

	static final String TEMPLATE_NAME = "servewell-employees-template.csv";

	final ImportUpload upload = new ImportUpload(EmployeeImportService.MAX_FILE_BYTES, ".csv", "text/csv");

	final Anchor template;

	final Checkbox deactivateOthers = new Checkbox("Deactivate people not in the file");

	final ImportPreviewPanel preview = new ImportPreviewPanel();

	final ImportRun run;

	private final EmployeeImportService imports;

	/** The file read last, previewed again when the options change; null when none. */
	private EmployeeFile file;

	EmployeeImportView(EmployeeImportService imports) {
		this.imports = imports;
		addClassNames("sw-page");
		this.template = new Anchor(DownloadHandler.fromInputStream((event) -> template()), "");
		this.template.add(new Icon(VaadinIcon.DOWNLOAD), new Span("Download the template (CSV)"));
		this.template.getElement().setAttribute("download", true);
		this.run = new ImportRun(imports, this::imported, this::refused);
		this.upload.upload().setUploadButton(new com.vaadin.flow.component.button.Button("Choose a CSV file…"));
		this.upload.onFile(this::read);
		this.upload.onRefusal(this::forget);
		this.deactivateOthers.setHelperText("For a file that lists every employee: everyone active who is not in it "
				+ "is deactivated, except you (and, when HR imports, people only an administrator can change). "
				+ "The preview lists them.");
		this.deactivateOthers.addValueChangeListener((change) -> {
			if (this.file != null) {
				showPreview();
			}
		});
		add(new H2("Import employees"), new Paragraph(
				"Upload a CSV file saved from a spreadsheet or your HR system (\"CSV UTF-8\", commas or semicolons), "
						+ "at most " + ImportUpload.megabytes(EmployeeImportService.MAX_FILE_BYTES) + ". Columns: "
						+ "employee number (optional, else the email is the key), name, email, department, job role, "
						+ "start date (such as 2027-01-04), manager (email or employee number), active (yes or no)."),
				new Paragraph("You see what the file would change before anything is saved; then the whole file is "
						+ "imported, or nothing. People missing from the file are left as they are unless you choose "
						+ "to deactivate them below; write active = no to deactivate one person. New people get the "
						+ "Learner role and no password."),
				this.template, this.upload, this.deactivateOthers, this.preview, this.run);
	}

	private void read(String fileName, Path file) throws IOException {
		// One file at a time: the list is emptied so that the next file can be chosen.
		this.upload.upload().clearFileList();
		this.file = this.imports.read(file, fileName);
		showPreview();
	}

	private void showPreview() {
		ImportOptions options = new ImportOptions(this.deactivateOthers.getValue());
		ImportPreview shown = this.imports.preview(this.file, options);
		this.preview.show(shown, options);
		this.run.offer(this.file, options, shown.importable());
	}

	private void forget() {
		this.file = null;
		this.upload.upload().clearFileList();
		this.preview.clear();
		this.run.offer(null, ImportOptions.DEFAULT, false);
	}

	private void imported(ImportPreview result) {
		this.file = null;
		this.preview.clear();
		this.preview.summary.setText("Imported " + result.fileName() + ": " + result.created() + " created, "
				+ result.changed() + " changed, " + result.deactivated() + " deactivated, " + result.unchanged()
				+ " left as they were" + ((result.deactivatedNotInFile() > 0)
						? "; " + result.deactivatedNotInFile() + " not in the file deactivated." : "."));
		Notices.done("Imported " + result.rows() + ((result.rows() == 1) ? " person." : " people."));
	}

	private void refused(EmployeeImportRefusedException refusal) {
		this.preview.showProblems(refusal.importProblems());
		Notices.refused(refusal);
	}

	private DownloadResponse template() {
		// The byte order mark tells Excel the file is UTF-8, so accents survive opening
		// it.
		byte[] bytes = ("\uFEFF" + this.imports.template()).getBytes(StandardCharsets.UTF_8);
		return new DownloadResponse(new ByteArrayInputStream(bytes), TEMPLATE_NAME, "text/csv", bytes.length);
	}

}
