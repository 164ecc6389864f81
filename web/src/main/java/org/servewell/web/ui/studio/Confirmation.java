package org.servewell.web.ui.studio;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The studio's question before a change that cannot be undone. */
final class Confirmation {

	private Confirmation() {
	}

	/** Asks, and runs the change only when the trainer confirms. */
	static void ask(String header, String text, String action, Runnable confirmed) {
		ConfirmDialog dialog = new ConfirmDialog(header, text, action, (event) -> confirmed.run());
		dialog.setCancelable(true);
		dialog.setConfirmButtonTheme("error primary");
		dialog.open();
	}

}
