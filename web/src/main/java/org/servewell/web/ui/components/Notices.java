package org.servewell.web.ui.components;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.servewell.shared.Refusal;
import org.servewell.web.ui.ErrorReporting;

/**
 * How every screen confirms what was done, says what was refused and reports what went
 * wrong, so that each kind of message shows alike wherever it comes from.
 */
public final class Notices {

	private Notices() {
	}

	/** Confirms a change, briefly and out of the way. */
	public static void done(String message) {
		Notification.show(message, 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	/** Tells something worth knowing that is neither a success nor a refusal. */
	public static void noted(String message) {
		Notification.show(message);
	}

	/** Says why something was refused, where it is read, for long enough to read it. */
	public static void refused(String message) {
		Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	/** Says why core refused something, in the words {@link ErrorReporting} gives it. */
	public static void refused(Refusal refusal) {
		refused(ErrorReporting.refused(refusal));
	}

	/**
	 * Reports a failure the user did not cause (the message says what to do next), for
	 * longer still.
	 */
	public static void problem(String message) {
		Notification.show(message, 10_000, Notification.Position.MIDDLE)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
