package org.servewell.web.ui.components;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file uploaded for an import, refused by the server past a size. The browser's
 * {@code maxFileSize} is only a hint that a script ignores, and Vaadin's in-memory
 * handler reads a whole request into memory whatever its size; here a file whose declared
 * size is over the limit is refused unread, and any other is streamed to a temporary
 * file, cut off as soon as it passes the limit, and deleted once read. Every refusal, the
 * browser's included, is said in the page with its reason. Used by every import: course
 * zips, GIFT files, employee CSV files.
 */
public class ImportUpload extends Div {

	private static final Logger logger = LoggerFactory.getLogger(ImportUpload.class);

	private final Upload upload;

	private final Div result = new Div();

	private final long maxBytes;

	private FileReader reader = (fileName, file) -> {
	};

	private SerializableRunnable onRefusal = () -> {
	};

	/**
	 * @param maxBytes the largest file accepted
	 * @param types accepted MIME types and extensions, as hints to the browser
	 */
	public ImportUpload(int maxBytes, String... types) {
		this.maxBytes = maxBytes;
		this.upload = new Upload(new LimitedHandler(maxBytes));
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(maxBytes);
		this.upload.setAcceptedFileTypes(types);
		this.upload.setI18n(i18n(this));
		this.upload.addFileRejectedListener((rejected) -> refuse(rejected.getFileName(), rejected.getErrorMessage()));
		this.upload.addAttachListener((attach) -> this.upload.setI18n(i18n(this)));
		this.result.getElement().setAttribute("aria-live", "polite");
		add(this.upload, this.result);
	}

	/** Vaadin's upload in the page's language: its buttons, statuses and errors. */
	static UploadI18N i18n(com.vaadin.flow.component.Component on) {
		return new UploadI18N()
			.setDropFiles(new UploadI18N.DropFiles().setOne(on.getTranslation("components.upload.drop.one"))
				.setMany(on.getTranslation("components.upload.drop.many")))
			.setAddFiles(new UploadI18N.AddFiles().setOne(on.getTranslation("components.upload.add.one"))
				.setMany(on.getTranslation("components.upload.add.many")))
			.setError(new UploadI18N.Error().setTooManyFiles(on.getTranslation("components.upload.error.too-many"))
				.setFileIsTooBig(on.getTranslation("components.upload.error.too-big"))
				.setIncorrectFileType(on.getTranslation("components.upload.error.type")))
			.setUploading(new UploadI18N.Uploading()
				.setStatus(new UploadI18N.Uploading.Status()
					.setConnecting(on.getTranslation("components.upload.status.connecting"))
					.setStalled(on.getTranslation("components.upload.status.stalled"))
					.setProcessing(on.getTranslation("components.upload.status.processing"))
					.setHeld(on.getTranslation("components.upload.status.held")))
				.setRemainingTime(new UploadI18N.Uploading.RemainingTime()
					.setPrefix(on.getTranslation("components.upload.remaining.prefix"))
					.setUnknown(on.getTranslation("components.upload.remaining.unknown")))
				.setError(new UploadI18N.Uploading.Error()
					.setServerUnavailable(on.getTranslation("components.upload.failed.unavailable"))
					.setUnexpectedServerError(on.getTranslation("components.upload.failed.server"))
					.setForbidden(on.getTranslation("components.upload.failed.forbidden"))))
			.setFile(new UploadI18N.File().setRetry(on.getTranslation("components.upload.file.retry"))
				.setStart(on.getTranslation("components.upload.file.start"))
				.setRemove(on.getTranslation("components.upload.file.remove")))
			.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
	}

	/**
	 * What to do with an accepted file, in the UI's lock; the file is deleted afterwards.
	 */
	public void onFile(FileReader reader) {
		this.reader = reader;
	}

	/** What else to do when a file is refused for its size or type. */
	public void onRefusal(SerializableRunnable onRefusal) {
		this.onRefusal = onRefusal;
	}

	/** Says that the file was not taken, and why, replacing what was said before. */
	public void refused(String message, List<String> problems) {
		clear();
		this.result.addClassName("sw-problems");
		this.result.add(new Paragraph(message));
		if (!problems.isEmpty()) {
			UnorderedList list = new UnorderedList();
			problems.forEach((problem) -> list.add(new ListItem(problem)));
			this.result.add(list);
		}
	}

	/** Shows what the file holds, replacing what was said before. */
	public void show(com.vaadin.flow.component.Component... shown) {
		clear();
		this.result.add(shown);
	}

	private void clear() {
		this.result.removeAll();
		this.result.removeClassName("sw-problems");
	}

	private void refuse(String fileName, String browserError) {
		boolean tooBig = browserError == null || browserError.toLowerCase(Locale.ROOT).contains("big")
				|| browserError.equals(getTranslation("components.upload.error.too-big"));
		refused(tooBig ? tooLarge(fileName, -1, this.maxBytes, getLocale())
				: getTranslation("components.upload.refused", fileName, browserError), List.of());
		this.onRefusal.run();
	}

	/** "big.zip is 150 MB; the largest file accepted is 5 MB.", in the language given. */
	String tooLarge(String fileName, long size, long maxBytes, Locale language) {
		return (size > 0)
				? getTranslation(language, "components.upload.too-large", fileName, megabytes(size, language),
						megabytes(maxBytes, language))
				: getTranslation(language, "components.upload.larger-than", fileName, megabytes(maxBytes, language));
	}

	/** "5 MB", "2.5 MB": a size as the refusals say it in English. */
	public static String megabytes(long bytes) {
		return megabytes(bytes, Locale.ENGLISH);
	}

	/** "5 MB", "2.5 MB", "2,5 MB": a size as the refusals say it in a language. */
	public static String megabytes(long bytes, Locale language) {
		double mb = bytes / 1_000_000.0;
		String shown = (mb >= 10 || mb == Math.rint(mb)) ? String.valueOf(Math.round(mb))
				: String.format(language, "%.1f", mb);
		return shown + " MB";
	}

	/** The upload field itself, for tests and for labelling. */
	public Upload upload() {
		return this.upload;
	}

	/** What the import does with an accepted file. */
	@FunctionalInterface
	public interface FileReader extends Serializable {

		void read(String fileName, Path file) throws IOException;

	}

	/**
	 * Refuses past the size before reading when the request declares its length, and
	 * while copying when it does not; nothing is kept in memory beyond a buffer.
	 */
	private final class LimitedHandler implements UploadHandler {

		private final long max;

		LimitedHandler(long max) {
			this.max = max;
		}

		@Override
		public void handleUploadRequest(UploadEvent event) throws IOException {
			String name = event.getFileName();
			UI ui = event.getUI();
			if (event.getFileSize() > this.max) {
				refuseLater(event, ui, tooLarge(name, event.getFileSize(), this.max, ui.getLocale()));
				return;
			}
			Path file = Files.createTempFile("servewell-upload-", ".part");
			try {
				long copied;
				try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
					copied = copy(in, out, this.max + 1);
				}
				if (copied > this.max) {
					Files.deleteIfExists(file);
					refuseLater(event, ui, tooLarge(name, -1, this.max, ui.getLocale()));
					return;
				}
			}
			catch (IOException | RuntimeException ex) {
				Files.deleteIfExists(file);
				throw ex;
			}
			ui.access(() -> {
				try {
					ImportUpload.this.reader.read(name, file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				finally {
					delete(file);
				}
			});
		}

		@Override
		public long getRequestSizeMax() {
			// A multipart request carries headers and boundaries besides the file.
			return this.max + 64 * 1024;
		}

		@Override
		public long getFileSizeMax() {
			return this.max;
		}

		private void refuseLater(UploadEvent event, UI ui, String message) {
			logger.info("Upload refused: {}", message);
			event.reject(message);
			ui.access(() -> {
				refused(message, List.of());
				ImportUpload.this.onRefusal.run();
			});
		}

		/** Copies at most {@code limit} bytes; returns how many were copied. */
		private static long copy(InputStream in, OutputStream out, long limit) throws IOException {
			byte[] buffer = new byte[64 * 1024];
			long copied = 0;
			int read;
			while (copied < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied))) != -1) {
				out.write(buffer, 0, read);
				copied += read;
			}
			return copied;
		}

		private static void delete(Path file) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				logger.warn("Could not delete the uploaded file {}", file, ex);
			}
		}

	}

}
