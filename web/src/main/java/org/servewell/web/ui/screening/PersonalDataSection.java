package org.servewell.web.ui.screening;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.servewell.hiring.CandidateDataFile;
import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidatePrivacy;
import org.servewell.web.ui.components.Notices;

/**
 * A candidate's rights over their data: the export of everything held about them, and
 * erasing it on request while they are not hired.
 */
class PersonalDataSection extends Div {

	final Anchor export = new Anchor(DownloadHandler.fromInputStream((event) -> exportFile()), "");

	final Button erase = new Button(getTranslation("hiring.personal.erase"), new Icon(VaadinIcon.ERASER));

	private final CandidatePrivacy privacy;

	private CandidateDetails details;

	/**
	 * @param changed what to do once the data was erased, or the erasure refused
	 */
	PersonalDataSection(CandidatePrivacy privacy, Runnable changed) {
		this.privacy = privacy;
		this.export.add(new Icon(VaadinIcon.DOWNLOAD), new Span(getTranslation("hiring.personal.export")));
		this.export.getElement().setAttribute("download", true);
		this.erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.erase.addClickListener((click) -> new ErasureDialog(privacy, this.details, () -> {
			changed.run();
			Notices.done(getTranslation("hiring.personal.erased"));
		}, (message) -> {
			Notices.refused(message);
			changed.run();
		}).open());
	}

	void show(CandidateDetails details) {
		this.details = details;
		removeAll();
		Div actions = new Div(this.export);
		actions.addClassName("sw-toolbar");
		add(new H3(getTranslation("hiring.personal.title")), actions);
		if (details.hiredPersonId() != null) {
			add(new Paragraph(getTranslation("hiring.personal.hired")));
		}
		else if (details.erasedAt() == null) {
			actions.add(this.erase);
			add(new Paragraph(getTranslation("hiring.personal.kept")));
		}
	}

	/** Everything held about the candidate, made when the link is clicked. */
	DownloadResponse exportFile() {
		CandidateDataFile file = this.privacy.export(this.details.id());
		return new DownloadResponse(new ByteArrayInputStream(file.json()), file.fileName(), "application/json",
				file.json().length);
	}

}
