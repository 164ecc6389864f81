package org.servewell.web.ui.studio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.servewell.authoring.AuthoringRefusedException;
import org.servewell.authoring.DraftView;
import org.servewell.authoring.GiftPreview;
import org.servewell.authoring.GiftTransferService;
import org.servewell.content.ContentLimits;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.ImportUpload;
import org.servewell.web.ui.components.Notices;

/**
 * Imports a GIFT file into the bank: read first and shown (how many scenarios, which
 * questions of other types would be left out), then added all at once on confirmation.
 */
class GiftImportDialog extends Dialog {

	private final StudioDraft course;

	private final GiftTransferService giftTransfer;

	private final ImportUpload upload = new ImportUpload(ContentLimits.MAX_GIFT_FILE_BYTES, ".txt", ".gift",
			"text/plain");

	private final Checkbox leaveOut = new Checkbox(getTranslation("studio.gift.leave-out"));

	private final Button confirm = new Button(getTranslation("studio.gift.import"));

	private String fileName;

	private String gift;

	GiftImportDialog(StudioDraft course, GiftTransferService giftTransfer) {
		this.course = course;
		this.giftTransfer = giftTransfer;
		setHeaderTitle(getTranslation("studio.gift.title"));
		setWidth("min(44rem, 96vw)");
		this.leaveOut.setVisible(false);
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.setEnabled(false);
		this.upload.onRefusal(this::refused);
		this.upload.onFile(this::preview);
		this.leaveOut.addValueChangeListener((change) -> this.confirm.setEnabled(change.getValue()));
		this.confirm.addClickListener((click) -> importFile());
		add(new Paragraph(getTranslation("studio.gift.intro", ImportUpload.megabytes(ContentLimits.MAX_GIFT_FILE_BYTES),
				ContentLimits.MAX_IMPORTED_SCENARIOS)), this.upload, this.leaveOut);
		getFooter().add(new Button(getTranslation("studio.cancel"), (click) -> close()), this.confirm);
	}

	private void refused() {
		this.confirm.setEnabled(false);
		this.leaveOut.setVisible(false);
	}

	private void preview(String uploaded, Path path) throws IOException {
		this.fileName = uploaded;
		this.gift = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
		try {
			GiftPreview preview = this.giftTransfer.previewGift(this.course.code(), this.gift);
			Div result = new Div(new Paragraph(getTranslation("studio.gift.found", preview.scenarios().size(),
					preview.scenarios().stream().map((s) -> s.title()).collect(Collectors.joining("; ")))));
			if (!preview.unsupported().isEmpty()) {
				result.add(new Paragraph(getTranslation("studio.gift.unsupported")));
				UnorderedList other = new UnorderedList();
				preview.unsupported().forEach((line) -> other.add(new ListItem(line)));
				result.add(other);
			}
			result.add(new GiftWarnings(preview.warnings()));
			this.upload.show(result);
			this.leaveOut.setVisible(!preview.unsupported().isEmpty());
			this.leaveOut.setValue(false);
			this.confirm.setEnabled(!preview.scenarios().isEmpty() && preview.unsupported().isEmpty());
		}
		catch (AuthoringRefusedException ex) {
			this.upload.refused(ErrorReporting.refused(ex), ex.problems());
			refused();
		}
	}

	private void importFile() {
		DraftView imported = this.course.change(() -> this.giftTransfer.importGift(this.course.code(), this.gift,
				this.fileName, this.leaveOut.getValue()), null);
		if (imported != null) {
			close();
			Notices.done(getTranslation("studio.gift.done", this.fileName));
		}
	}

}
