package org.servewell.web.ui.people;

import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;

import org.servewell.people.importing.EmployeeFile;
import org.servewell.people.importing.EmployeeImportRefusedException;
import org.servewell.people.importing.EmployeeImportService;
import org.servewell.people.importing.ImportOptions;
import org.servewell.people.importing.ImportPreview;
import org.servewell.people.importing.ImportProgress;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Notices;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The Import button and its progress bar. A small file is imported at once; a large one
 * on a thread of its own, as the signed-in person, while the page polls for progress, so
 * that the page stays responsive and shows how far the import has got.
 */
class ImportRun extends Div {

	/** Files with more rows than this are imported in the background with progress. */
	static final int BACKGROUND_ROWS = 1000;

	/** How often the page asks for progress while a large file is imported, in ms. */
	private static final int POLL_MILLIS = 500;

	final Button start = new Button(getTranslation("people.import.start"), new Icon(VaadinIcon.UPLOAD));

	final ProgressBar progress = new ProgressBar();

	private final Span progressText = new Span();

	private final EmployeeImportService imports;

	private final Consumer<ImportPreview> done;

	private final Consumer<EmployeeImportRefusedException> refused;

	private EmployeeFile file;

	private ImportOptions options = ImportOptions.DEFAULT;

	ImportRun(EmployeeImportService imports, Consumer<ImportPreview> done,
			Consumer<EmployeeImportRefusedException> refused) {
		this.imports = imports;
		this.done = done;
		this.refused = refused;
		this.start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.start.setEnabled(false);
		this.start.addClickListener((click) -> run());
		this.progress.getElement().setAttribute("aria-label", getTranslation("people.import.progress"));
		this.progressText.getElement().setAttribute("aria-live", "polite");
		Div bar = new Div(this.progress, this.progressText);
		bar.addClassName("sw-import-progress");
		addClassName("sw-toolbar");
		add(this.start, bar);
		showProgress(false);
	}

	/**
	 * The file the button imports with these options, or null; the button is enabled only
	 * for a clean file.
	 */
	void offer(EmployeeFile file, ImportOptions options, boolean importable) {
		this.file = importable ? file : null;
		this.options = options;
		this.start.setEnabled(this.file != null);
	}

	private void run() {
		EmployeeFile chosen = this.file;
		ImportOptions chosenOptions = this.options;
		offer(null, ImportOptions.DEFAULT, false);
		if (chosen.rows().size() <= BACKGROUND_ROWS) {
			finish(() -> this.imports.importEmployees(chosen, chosenOptions, ImportProgress.NONE));
			return;
		}
		UI ui = UI.getCurrent();
		showProgress(true);
		ui.setPollInterval(POLL_MILLIS);
		ImportProgress told = (written, total) -> ui.access(() -> {
			this.progress.setValue((double) written / total);
			this.progressText.setText(getTranslation("people.import.progress.rows", written, total));
		});
		Thread.ofVirtual().name("employee-import").start(new DelegatingSecurityContextRunnable(() -> {
			ImportPreview result = null;
			RuntimeException failure = null;
			try {
				result = this.imports.importEmployees(chosen, chosenOptions, told);
			}
			catch (RuntimeException ex) {
				failure = ex;
			}
			ImportPreview imported = result;
			RuntimeException failed = failure;
			ui.access(() -> {
				ui.setPollInterval(-1);
				showProgress(false);
				finish(() -> {
					if (failed != null) {
						throw failed;
					}
					return imported;
				});
			});
		}));
	}

	private void finish(java.util.function.Supplier<ImportPreview> importing) {
		try {
			this.done.accept(importing.get());
		}
		catch (EmployeeImportRefusedException ex) {
			this.refused.accept(ex);
		}
		catch (RuntimeException ex) {
			Notices.problem(ErrorReporting.report(ex));
		}
	}

	private void showProgress(boolean shown) {
		this.progress.setValue(0);
		this.progressText.setText(shown ? getTranslation("people.import.progress.starting") : "");
		this.progress.setVisible(shown);
		this.progressText.setVisible(shown);
	}

}
