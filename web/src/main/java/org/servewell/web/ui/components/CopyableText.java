package org.servewell.web.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A text to hand on, such as a one-time password link or an API token's secret: read-only
 * so it can be selected but not changed, with a button that copies it. Vaadin has no
 * clipboard API, so the button asks the browser's {@code navigator.clipboard}; it
 * confirms with "Copied", and where the browser refuses (an insecure address, a denied
 * permission) it selects the text for the person to copy themselves.
 */
public class CopyableText extends VerticalLayout {

	/** What a one-time link is called in the keys of its button and messages. */
	static final String LINK = "link";

	/** What a secret is called in the keys of its button and messages. */
	static final String SECRET = "secret";

	public final TextField field;

	public final Button copy;

	/** "Copied", or how to copy by hand; announced to screen readers. */
	public final Span status = new Span();

	private final String what;

	/**
	 * A one-time link: "Copy link".
	 * @param label the field's label
	 * @param link the link
	 * @return the field and its button
	 */
	public static CopyableText link(String label, String link) {
		return new CopyableText(label, link, LINK);
	}

	/**
	 * A text with a "Copy {what}" button.
	 * @param label the field's label
	 * @param text the text to copy
	 * @param what what the text is, in the button and the fallback message: "link" or
	 * "secret" (the keys {@code components.copy.<what>} and
	 * {@code components.copy.failed.<what>} say it)
	 */
	public CopyableText(String label, String text, String what) {
		this.what = what;
		this.copy = new Button(getTranslation("components.copy." + what), VaadinIcon.COPY_O.create());
		this.field = new TextField(label);
		this.field.setValue(text);
		this.field.setReadOnly(true);
		this.field.setWidthFull();
		this.copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.copy.addClickListener((click) -> copy());
		this.status.getElement().setAttribute("role", "status");
		this.status.setVisible(false);
		HorizontalLayout row = new HorizontalLayout(this.field, this.copy);
		row.setWidthFull();
		row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		row.setFlexGrow(1, this.field);
		setPadding(false);
		setSpacing(false);
		add(row, this.status);
	}

	/** Sets the helper text under the field. */
	public void setHelperText(String text) {
		this.field.setHelperText(text);
	}

	private void copy() {
		this.copy.getElement()
			.executeJs("return navigator.clipboard.writeText($0)", this.field.getValue())
			.then((ignored) -> copied(), (error) -> copyFailed());
	}

	/** Confirms the copy; the browser's answer to the clipboard call. */
	public void copied() {
		this.status.setText(getTranslation("components.copied"));
		this.status.setVisible(true);
	}

	/** Selects the text to be copied by hand; the browser refused the clipboard. */
	public void copyFailed() {
		this.field.getElement().executeJs("this.inputElement.select()");
		this.status.setText(getTranslation("components.copy.failed." + this.what));
		this.status.setVisible(true);
	}

}
