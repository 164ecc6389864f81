package org.servewell.web.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * Small buttons that show only an icon, such as move up, move down and remove in a list
 * being edited. The label is their accessible name and tooltip, since there is no text.
 */
public final class IconButtons {

	private IconButtons() {
	}

	/** An inline icon button named {@code label} that runs {@code action}. */
	public static Button iconButton(VaadinIcon icon, String label, Runnable action) {
		Button button = new Button(new Icon(icon), (click) -> action.run());
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
		button.setAriaLabel(label);
		button.setTooltipText(label);
		return button;
	}

}
