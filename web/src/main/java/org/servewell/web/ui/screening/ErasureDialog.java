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

	final TextArea reason = new TextArea("Reason");

	final Button erase = new Button("Erase");

	ErasureDialog(CandidatePrivacy privacy, CandidateDetails candidate, Runnable onErased, Consumer<String> onRefused) {
		setHeader("Erase " + candidate.displayName() + "'s personal data?");
		UnorderedList erased = new UnorderedList(
				new ListItem("Erased: the name, email, source, notes and consent date, the interviewers' evidence "
						+ "and notes, and the reasons given for decisions."),
				new ListItem("Kept, without a name: the position, the ratings and recommendations (for the "
						+ "agreement statistics), and who decided what and when."));
		this.reason.setWidthFull();
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setMaxLength(HiringLimits.ERASURE_REASON_LENGTH);
		this.reason.setHelperText("Such as \"The candidate asked by email on 30 Nov\"; kept with your name and the "
				+ "time. Say nothing about the person here.");
		this.reason.setValueChangeMode(ValueChangeMode.EAGER);
		this.reason.addValueChangeListener((change) -> this.erase.setEnabled(!change.getValue().isBlank()));
		add(new Paragraph("This cannot be undone. Export the data first if the candidate asked for a copy."), erased,
				this.reason);
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
