package org.servewell.web.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A secret just created (an API token, a webhook's signing key), read-only to copy, with
 * a note on what it is for. Empty until shown; it lives only in this component, so it is
 * gone once the page is left and never shown again.
 */
public class SecretShownOnce extends Div {

	private final TextField field;

	private final Paragraph note = new Paragraph();

	/**
	 * @param label the field's label, such as "Secret (shown once)"
	 */
	public SecretShownOnce(String label) {
		this.field = new TextField(label);
		this.field.setReadOnly(true);
		this.field.setWidthFull();
		this.field.setVisible(false);
		this.note.setVisible(false);
		add(this.field, this.note);
		setWidthFull();
	}

	/** Shows a new secret with what to do with it, replacing any shown before. */
	public void show(String secret, String note) {
		this.field.setValue(secret);
		this.note.setText(note);
		this.field.setVisible(true);
		this.note.setVisible(true);
	}

	/** The read-only field holding the secret. */
	public TextField field() {
		return this.field;
	}

	/** The note beneath it. */
	public Paragraph note() {
		return this.note;
	}

}
