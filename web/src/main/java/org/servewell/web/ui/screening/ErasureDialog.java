package org.servewell.web.ui.screening;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidatePrivacy;
import org.servewell.hiring.HiringLimits;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.ErrorReporting;

/**
 * Asks HR why a candidate's personal data is to be erased and says what goes and what
 * stays; erasing cannot be undone. The Erase button stays disabled until a reason is
 * given.
 */
class ErasureDialog extends ConfirmDialog {

	final TextArea reason = new TextArea(getTranslation("hiring.erase.reason"));

	final Button erase = new Button(getTranslation("hiring.erase.erase"));

	ErasureDialog(CandidatePrivacy privacy, CandidateDetails candidate, Runnable onErased, Consumer<String> onRefused) {
		setHeader(getTranslation("hiring.erase.title", candidate.displayName()));
		UnorderedList erased = new UnorderedList(new ListItem(getTranslation("hiring.erase.erased")),
				new ListItem(getTranslation("hiring.erase.kept")));
		this.reason.setWidthFull();
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setMaxLength(HiringLimits.ERASURE_REASON_LENGTH);
		this.reason.setHelperText(getTranslation("hiring.erase.reason.help"));
		this.reason.setValueChangeMode(ValueChangeMode.EAGER);
		this.reason.addValueChangeListener((change) -> this.erase.setEnabled(!change.getValue().isBlank()));
		add(new Paragraph(getTranslation("hiring.erase.text")), erased, this.reason);
		this.erase.setEnabled(false);
		this.erase.getElement().setAttribute("theme", "error primary");
		this.erase.addClickListener((click) -> {
			close();
			try {
				privacy.erase(candidate.id(), this.reason.getValue());
				onErased.run();
			}
			catch (Refusal ex) {
				onRefused.accept(ErrorReporting.refused(ex));
			}
		});
		setConfirmButton(this.erase);
		setCancelable(true);
	}

}
