package org.servewell.web.ui.components;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The question asked before a change that cannot be undone or taken back. */
public final class Confirmation {

	private Confirmation() {
	}

	/**
	 * Asks before a destructive change (the confirm button is red), and runs it only when
	 * the user confirms.
	 */
	public static void ask(String header, String text, String action, Runnable confirmed) {
		ConfirmDialog dialog = new ConfirmDialog(header, text, action, (event) -> confirmed.run());
		dialog.setCancelable(true);
		dialog.setConfirmButtonTheme("error primary");
		dialog.open();
	}

	/**
	 * Asks before a step that is final but not destructive, such as submitting; the
	 * cancel button says how to go on instead. Returns the open dialog, for a listener on
	 * cancel.
	 */
	public static ConfirmDialog askBefore(String header, String text, String action, String cancel,
			Runnable confirmed) {
		ConfirmDialog dialog = new ConfirmDialog(header, text, action, (event) -> confirmed.run());
		dialog.setCancelable(true);
		dialog.setCancelText(cancel);
		dialog.open();
		return dialog;
	}

}
