package org.servewell.web.ui.learning;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Notices;

/**
 * A file made when its link is clicked, in the language of the page, for the signed-in
 * person (the service decides whose they may have). A file that cannot be made is
 * reported on the page under {@code failedKey}, never a silently cancelled download.
 */
final class ReportedDownload {

	private ReportedDownload() {
	}

	/**
	 * One file to send.
	 *
	 * @param name the file's name
	 * @param type its media type
	 * @param bytes its content
	 */
	record File(String name, String type, byte[] bytes) {
	}

	static DownloadHandler of(SerializableFunction<Locale, File> make, String failedKey) {
		return DownloadHandler.fromInputStream((event) -> {
			Locale language = event.getUI().getLocale();
			try {
				File file = make.apply(language);
				return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.name(), file.type(),
						file.bytes().length);
			}
			catch (RuntimeException ex) {
				String message = ErrorReporting.report(ex);
				event.getUI().access(() -> Notices.problem(I18NProvider.translate(language, failedKey, message)));
				return DownloadResponse.error(HttpStatusCode.INTERNAL_SERVER_ERROR, message, ex);
			}
		});
	}

}
