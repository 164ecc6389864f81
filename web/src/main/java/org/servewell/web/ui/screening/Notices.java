package org.servewell.web.ui.screening;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * How the screening screens confirm what was done and say what was refused, so that every
 * success and every refusal shows alike.
 */
final class Notices {

	private Notices() {
	}

	/** Confirms a change, briefly and out of the way. */
	static void done(String message) {
		Notification.show(message, 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	/** Says why something was refused, where it is read, for long enough to read it. */
	static void refused(String message) {
		Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
