package org.servewell.web.ui.studio;

import java.io.ByteArrayInputStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.CourseExport;
import org.servewell.authoring.CourseTransferService;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.authoring.PublishingService;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.Notices;

/**
 * What a trainer does with the draft as a whole: start it, publish it, preview it as a
 * learner, discard it, and export the course as a zip.
 */
class DraftToolbar extends Div {

	private final StudioDraft course;

	private final DraftService drafts;

	final Button startDraft = new Button(getTranslation("studio.toolbar.start"), new Icon(VaadinIcon.EDIT));

	final Button publish = new Button(getTranslation("studio.toolbar.publish"), new Icon(VaadinIcon.UPLOAD));

	final Button preview = new Button(getTranslation("studio.toolbar.preview"), new Icon(VaadinIcon.EYE));

	final Button discard = new Button(getTranslation("studio.toolbar.discard"));

	DraftToolbar(StudioDraft course, DraftService drafts, PublishingService publishing,
			CourseTransferService transfer) {
		this.course = course;
		this.drafts = drafts;
		addClassName("sw-toolbar");
		this.startDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.startDraft.addClickListener((click) -> course.change(() -> drafts.startDraft(course.code()),
				getTranslation("studio.toolbar.started")));
		this.publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.publish.addClickListener((click) -> new PublishDialog(course, publishing).open());
		this.preview.addClickListener((click) -> new PreviewDialog(course.draft()).open());
		this.discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.discard.addClickListener((click) -> confirmDiscard());
		add(this.startDraft, this.publish, this.preview, this.discard, export(course, transfer, this));
		course.onChange((changed) -> show(changed.draft()));
	}

	private static Anchor export(StudioDraft course, CourseTransferService transfer, Div owner) {
		Anchor export = new Anchor(DownloadHandler.fromInputStream((event) -> {
			CourseExport zip = transfer.exportCourse(course.code());
			return new DownloadResponse(new ByteArrayInputStream(zip.zip()), zip.fileName(), "application/zip",
					zip.zip().length);
		}), "");
		export.add(new Icon(VaadinIcon.DOWNLOAD), new Span(owner.getTranslation("studio.toolbar.export")));
		export.getElement().setAttribute("download", true);
		export.addClassName("sw-export");
		return export;
	}

	private void show(DraftView draft) {
		boolean editing = draft != null;
		this.startDraft.setVisible(!editing);
		this.publish.setVisible(editing);
		this.discard.setVisible(editing);
		this.preview.setVisible(editing);
		if (editing) {
			boolean publishable = draft.publishable();
			this.publish.setEnabled(publishable);
			this.publish.setTooltipText(publishable ? null : getTranslation("studio.toolbar.publish.blocked"));
		}
	}

	private void confirmDiscard() {
		Confirmation.ask(getTranslation("studio.discard.title"), getTranslation("studio.discard.text"),
				getTranslation("studio.discard.confirm"), () -> {
					try {
						this.drafts.discardDraft(this.course.code());
						Notices.done(getTranslation("studio.discard.done"));
					}
					catch (AuthoringNotFoundException ex) {
						Notices.refused(ex);
					}
					this.course.reload();
				});
	}

}
