package org.servewell.web.ui.studio;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import org.servewell.authoring.KeyingService;
import org.servewell.authoring.KeyingStatus;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.components.Notices;

/**
 * Expert keying of the course's draft: who is keying it, the signed-in trainer's own
 * ratings while they key it blind, and the panel once they submit. Read when the tab is
 * shown, and again on a change to the draft while it is.
 */
class KeyingTab extends Div {

	private final StudioDraft course;

	private final KeyingService keying;

	final Div status = new Div();

	final Paragraph singleAuthor = new Paragraph(getTranslation("studio.keying.single-author"));

	final Button start = new Button(getTranslation("studio.keying.start"));

	final Div content = new Div();

	KeyingForm form;

	KeyPanelView panel;

	KeyingTab(StudioDraft course, KeyingService keying) {
		this.course = course;
		this.keying = keying;
		addClassName("sw-studio-tab");
		this.status.getElement().setAttribute("role", "status");
		this.start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.start.addClickListener((click) -> startKeying());
		add(new Paragraph(getTranslation("studio.keying.intro")), this.status, this.singleAuthor, this.start,
				this.content);
		addAttachListener((attach) -> refresh());
		course.onChange((changed) -> {
			if (isAttached()) {
				refresh();
			}
		});
	}

	/** Reads where keying stands and shows the form or the panel that goes with it. */
	void refresh() {
		this.content.removeAll();
		this.form = null;
		this.panel = null;
		if (this.course.draft() == null) {
			this.status.setText(getTranslation("studio.keying.no-draft"));
			this.singleAuthor.setVisible(false);
			this.start.setVisible(false);
			return;
		}
		try {
			KeyingStatus now = this.keying.status(this.course.code());
			showStatus(now);
			if (now.mine() == KeyingStatus.Mine.IN_PROGRESS) {
				showForm();
			}
			else if (now.mine() == KeyingStatus.Mine.SUBMITTED) {
				this.panel = new KeyPanelView(this.course, this.keying, this.keying.panel(this.course.code()));
				this.content.add(this.panel);
			}
		}
		catch (Refusal ex) {
			Notices.refused(ex);
		}
	}

	private void showStatus(KeyingStatus now) {
		this.status.removeAll();
		List<String> lines = new ArrayList<>();
		lines.add(now.submitted().isEmpty() ? getTranslation("studio.keying.none-submitted")
				: getTranslation("studio.keying.submitted", String.join(", ", now.submitted())));
		if (!now.inProgress().isEmpty()) {
			lines.add(getTranslation("studio.keying.in-progress", String.join(", ", now.inProgress())));
		}
		lines.add(getTranslation(switch (now.mine()) {
			case NOT_STARTED -> "studio.keying.mine.not-started";
			case IN_PROGRESS -> "studio.keying.mine.in-progress";
			case SUBMITTED -> "studio.keying.mine.submitted";
		}));
		lines.forEach((line) -> this.status.add(new Paragraph(line)));
		this.singleAuthor.setVisible(now.singleAuthor());
		this.start.setVisible(now.mine() == KeyingStatus.Mine.NOT_STARTED);
	}

	/**
	 * Starts the trainer's keying, then reads the draft again: from now on the studio
	 * shows it to them without its ratings.
	 */
	private void startKeying() {
		try {
			this.keying.startKeying(this.course.code());
		}
		catch (Refusal ex) {
			Notices.refused(ex);
		}
		this.course.reload();
	}

	private void showForm() {
		// Once submitted, the draft is read again: its ratings show to the trainer again.
		this.form = new KeyingForm(this.course.code(), this.keying, this.keying.startKeying(this.course.code()),
				this.course::reload);
		this.content.add(this.form);
	}

}
