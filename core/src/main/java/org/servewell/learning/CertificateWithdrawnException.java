package org.servewell.learning;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * The certificate was withdrawn: its PDF is no longer made, and it cannot be withdrawn a
 * second time. Nothing was changed.
 */
public class CertificateWithdrawnException extends Refusal.NotAllowed {

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public CertificateWithdrawnException(Said said) {
		super(said);
	}

}
