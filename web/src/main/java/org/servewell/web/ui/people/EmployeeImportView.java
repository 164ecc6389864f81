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
import com.vaadin.flow.router.HasDynamicTitle;
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
@RolesAllowed({ Roles.HR, Roles.ADMIN })
public class EmployeeImportView extends Main implements HasDynamicTitle {

	static final String TEMPLATE_NAME = "servewell-employees-template.csv";

	final ImportUpload upload = new ImportUpload(EmployeeImportService.MAX_FILE_BYTES, ".csv", "text/csv");

	final Anchor template;

	final Checkbox deactivateOthers = new Checkbox(getTranslation("people.import.deactivate"));

	final ImportPreviewPanel preview = new ImportPreviewPanel();

	final ImportRun run;

	private final EmployeeImportService imports;

	/** The file read last, previewed again when the options change; null when none. */
	private EmployeeFile file;

	EmployeeImportView(EmployeeImportService imports) {
		this.imports = imports;
		addClassNames("sw-page");
		this.template = new Anchor(DownloadHandler.fromInputStream((event) -> template()), "");
		this.template.add(new Icon(VaadinIcon.DOWNLOAD), new Span(getTranslation("people.import.template")));
		this.template.getElement().setAttribute("download", true);
		this.run = new ImportRun(imports, this::imported, this::refused);
		this.upload.upload()
			.setUploadButton(new com.vaadin.flow.component.button.Button(getTranslation("people.import.choose")));
		this.upload.onFile(this::read);
		this.upload.onRefusal(this::forget);
		this.deactivateOthers.setHelperText(getTranslation("people.import.deactivate.helper"));
		this.deactivateOthers.addValueChangeListener((change) -> {
			if (this.file != null) {
				showPreview();
			}
		});
		add(new H2(getTranslation("people.import.title")),
				new Paragraph(getTranslation("people.import.intro",
						ImportUpload.megabytes(EmployeeImportService.MAX_FILE_BYTES, getLocale()))),
				new Paragraph(getTranslation("people.import.how")), this.template, this.upload, this.deactivateOthers,
				this.preview, this.run);
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
		this.preview.summary.setText(getTranslation("people.import.imported", result.fileName(), result.created(),
				result.changed(), result.deactivated()) + " "
				+ getTranslation("people.import.imported.rest", result.unchanged(), result.deactivatedNotInFile()));
		Notices.done(getTranslation("people.import.done", result.rows()));
	}

	private void refused(EmployeeImportRefusedException refusal) {
		this.preview.showProblems(refusal.importProblems());
		Notices.refused(refusal);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("people.import.title");
	}

	private DownloadResponse template() {
		// The byte order mark tells Excel the file is UTF-8, so accents survive opening
		// it.
		byte[] bytes = ("\uFEFF" + this.imports.template()).getBytes(StandardCharsets.UTF_8);
		return new DownloadResponse(new ByteArrayInputStream(bytes), TEMPLATE_NAME, "text/csv", bytes.length);
	}

}
