package org.servewell.web.ui.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.servewell.authoring.PublishingService;
import org.servewell.catalog.CatalogLimits;
import org.servewell.catalog.VersionSummary;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.components.Notices;

/** Publishes the draft as the course's next version, with a note on what changed. */
class PublishDialog extends Dialog {

	private final StudioDraft course;

	private final PublishingService publishing;

	private final TextArea note = new TextArea(getTranslation("studio.publish.note"));

	PublishDialog(StudioDraft course, PublishingService publishing) {
		this.course = course;
		this.publishing = publishing;
		Integer basedOn = course.draft().basedOnVersion();
		setHeaderTitle(getTranslation("studio.publish.title", String.valueOf((basedOn != null) ? basedOn + 1 : 1)));
		this.note.setRequired(true);
		this.note.setMaxLength(CatalogLimits.CHANGE_NOTE_LENGTH);
		this.note.setWidthFull();
		this.note.setHelperText(getTranslation("studio.publish.note.helper"));
		Button confirm = new Button(getTranslation("studio.publish.confirm"), (click) -> publish());
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new Paragraph(getTranslation("studio.publish.text")), this.note);
		getFooter().add(new Button(getTranslation("studio.cancel"), (click) -> close()), confirm);
		setWidth("36rem");
	}

	@Override
	public void open() {
		super.open();
		this.note.focus();
	}

	private void publish() {
		if (this.note.getValue().isBlank()) {
			this.note.setInvalid(true);
			this.note.setErrorMessage(getTranslation("studio.publish.note.missing"));
			return;
		}
		try {
			VersionSummary published = this.publishing.publish(this.course.code(), this.note.getValue());
			close();
			Notices.done(getTranslation("studio.publish.done", String.valueOf(published.number())));
		}
		catch (Refusal ex) {
			close();
			Notices.refused(ex);
		}
		this.course.reload();
	}

}
