package org.servewell.web.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A secret just created (an API token, a webhook's signing key), read-only with a button
 * that copies it, and a note on what it is for. Empty until shown; it lives only in this
 * component, so it is gone once the page is left and never shown again.
 */
public class SecretShownOnce extends Div {

	private final CopyableText copyable;

	private final Paragraph note = new Paragraph();

	/**
	 * @param label the field's label, such as "Secret (shown once)"
	 */
	public SecretShownOnce(String label) {
		this.copyable = new CopyableText(label, "", CopyableText.SECRET);
		this.copyable.setVisible(false);
		this.copyable.field.setVisible(false);
		this.note.setVisible(false);
		add(this.copyable, this.note);
		setWidthFull();
	}

	/** Shows a new secret with what to do with it, replacing any shown before. */
	public void show(String secret, String note) {
		this.copyable.field.setValue(secret);
		this.copyable.status.setVisible(false);
		this.note.setText(note);
		this.copyable.setVisible(true);
		this.copyable.field.setVisible(true);
		this.note.setVisible(true);
	}

	/** The read-only field holding the secret. */
	public TextField field() {
		return this.copyable.field;
	}

	/** The button that copies the secret. */
	public Button copyButton() {
		return this.copyable.copy;
	}

	/** The note beneath it. */
	public Paragraph note() {
		return this.note;
	}

}
