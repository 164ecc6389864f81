package org.servewell.web.ui.components;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.servewell.web.ui.ErrorReporting;

/**
 * A link that downloads a report as CSV, written by the service straight into the
 * response a row at a time (no file is built in memory first). The file name and the rows
 * are asked for when the link is followed, so the download has the filters on the screen
 * at that moment; the service checks who is asking, as for the screen.
 */
public final class CsvDownload extends Anchor {

	/**
	 * @param text what the link says, such as "Download CSV"
	 * @param fileName the file's name, asked for at each download
	 * @param rows writes the CSV to the stream it is given
	 */
	public CsvDownload(String text, Supplier<String> fileName, CsvRows rows) {
		super();
		setHref(handler(fileName, rows));
		getElement().setAttribute("download", true);
		add(new Icon(VaadinIcon.DOWNLOAD_ALT), new Span(text));
		addClassName("sw-csv-download");
	}

	private static DownloadHandler handler(Supplier<String> fileName, CsvRows rows) {
		return (DownloadEvent event) -> {
			event.setFileName(fileName.get());
			event.setContentType("text/csv;charset=UTF-8");
			try {
				rows.write(event.getOutputStream());
			}
			catch (RuntimeException ex) {
				String message = ErrorReporting.report(ex);
				event.getUI()
					.access(() -> Notices.problem(event.getUI().getTranslation("components.csv.failed", message)));
				throw ex;
			}
		};
	}

	/** Writes a report's CSV to a stream. */
	@FunctionalInterface
	public interface CsvRows {

		/**
		 * @param out the response; the writer may close it
		 */
		void write(OutputStream out) throws IOException;

	}

}
