package org.servewell.web.ui.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.servewell.learning.CompletionWithdrawals;
import org.servewell.learning.LearningLimits;
import org.servewell.learning.WithdrawableCompletion;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Notices;

/**
 * Asks HR for the reason before withdrawing a certificate, and says what withdrawing does
 * before it is done: the learner loses the completion and reads the reason, and the
 * public check says the certificate was withdrawn. A refusal (the certificate was
 * withdrawn meanwhile) is shown and the dialog stays open.
 */
class WithdrawCertificateDialog extends Dialog {

	final TextArea reason = new TextArea();

	final Button confirm = new Button();

	final BeanValidationBinder<WithdrawalForm> binder = FormBinder.forRecord(WithdrawalForm.class);

	private final CompletionWithdrawals withdrawals;

	private final WithdrawableCompletion completion;

	private final Runnable withdrawn;

	/**
	 * @param withdrawn run once the certificate was withdrawn, to show the row anew
	 */
	WithdrawCertificateDialog(CompletionWithdrawals withdrawals, WithdrawableCompletion completion,
			Runnable withdrawn) {
		this.withdrawals = withdrawals;
		this.completion = completion;
		this.withdrawn = withdrawn;
		String learner = completion.learnerName();
		setHeaderTitle(getTranslation("progress.withdraw.title"));
		setWidth("min(36rem, 96vw)");

		this.reason.setLabel(getTranslation("progress.withdraw.reason", learner));
		this.reason.setMaxLength(LearningLimits.WITHDRAWAL_REASON_LENGTH);
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setWidthFull();
		this.reason.setMinHeight("8rem");
		this.reason.setValueChangeMode(ValueChangeMode.EAGER);
		this.reason.addValueChangeListener((change) -> showLength());
		showLength();
		String missing = getTranslation("progress.withdraw.reason.missing", learner);
		this.binder.forField(this.reason)
			.asRequired(missing)
			.withValidator((text) -> !text.isBlank(), missing)
			.withValidator((text) -> text.strip().length() <= LearningLimits.WITHDRAWAL_REASON_LENGTH,
					getTranslation("progress.withdraw.reason.too-long", LearningLimits.WITHDRAWAL_REASON_LENGTH))
			.bind("reason");
		this.binder.readRecord(new WithdrawalForm(""));

		add(new Paragraph(getTranslation("progress.withdraw.what", completion.certificateNumber(), learner,
				completion.achievement(), Formats.day(completion.completedOn(), getLocale()))), this.reason);

		this.confirm.setText(getTranslation("progress.withdraw.confirm", learner));
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		this.confirm.addClickListener((click) -> withdraw());
		getFooter().add(new Button(getTranslation("progress.withdraw.cancel"), (click) -> close()), this.confirm);
	}

	private void showLength() {
		this.reason.setHelperText(getTranslation("progress.withdraw.reason.helper", this.reason.getValue().length(),
				LearningLimits.WITHDRAWAL_REASON_LENGTH));
	}

	void withdraw() {
		WithdrawalForm form;
		try {
			form = this.binder.writeRecord();
		}
		catch (ValidationException ex) {
			// The binder shows what is wrong beside the field.
			return;
		}
		try {
			this.withdrawals.withdraw(this.completion.completionId(), form.reason());
		}
		catch (Refusal refusal) {
			Notices.refused(refusal);
			return;
		}
		close();
		Notices.done(
				getTranslation("progress.withdraw.done", this.completion.learnerName(), this.completion.achievement()));
		this.withdrawn.run();
	}

}
