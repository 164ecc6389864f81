package org.servewell.web.ui.screening;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A link to hand on, such as a one-time password link: read-only so it can be selected
 * but not changed, with a button that copies it. Vaadin has no clipboard API, so the
 * button asks the browser's {@code navigator.clipboard}; it confirms with "Copied", and
 * where the browser refuses (an insecure address, a denied permission) it selects the
 * link for the person to copy themselves.
 */
class CopyableLink extends VerticalLayout {

	final TextField field;

	final Button copy = new Button("Copy link", VaadinIcon.COPY_O.create());

	/** "Copied", or how to copy by hand; announced to screen readers. */
	final Span status = new Span();

	CopyableLink(String label, String link) {
		this.field = new TextField(label);
		this.field.setValue(link);
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

	/** Sets the helper text under the link. */
	void setHelperText(String text) {
		this.field.setHelperText(text);
	}

	private void copy() {
		this.copy.getElement()
			.executeJs("return navigator.clipboard.writeText($0)", this.field.getValue())
			.then((ignored) -> copied(), (error) -> copyFailed());
	}

	void copied() {
		this.status.setText("Copied");
		this.status.setVisible(true);
	}

	void copyFailed() {
		this.field.getElement().executeJs("this.inputElement.select()");
		this.status.setText("Your browser did not allow copying: the link is selected, press Ctrl+C (⌘C on a Mac).");
		this.status.setVisible(true);
	}

}
