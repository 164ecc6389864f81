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

	private final TextArea note = new TextArea("Change note");

	PublishDialog(StudioDraft course, PublishingService publishing) {
		this.course = course;
		this.publishing = publishing;
		Integer basedOn = course.draft().basedOnVersion();
		setHeaderTitle("Publish version " + ((basedOn != null) ? basedOn + 1 : 1));
		this.note.setRequired(true);
		this.note.setMaxLength(CatalogLimits.CHANGE_NOTE_LENGTH);
		this.note.setWidthFull();
		this.note.setHelperText("What changed and why, for other trainers and learners' records.");
		Button confirm = new Button("Publish", (click) -> publish());
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		add(new Paragraph("The version becomes permanent. New attempts use it; learners with an attempt in "
				+ "progress finish on the version they started; assignments stay as they are."), this.note);
		getFooter().add(new Button("Cancel", (click) -> close()), confirm);
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
			this.note.setErrorMessage("Write a sentence on what changed.");
			return;
		}
		try {
			VersionSummary published = this.publishing.publish(this.course.code(), this.note.getValue());
			close();
			Notices.done("Published version " + published.number()
					+ ". New attempts use it; attempts in progress keep theirs.");
		}
		catch (Refusal ex) {
			close();
			Notices.refused(ex);
		}
		this.course.reload();
	}

}
