package org.servewell.learning;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;

/**
 * A withdrawal whose reason is missing or too long; the message says how to fix it.
 * Nothing was changed.
 */
public class InvalidWithdrawalException extends Refusal.Invalid {

	/**
	 * Refused in words of the {@code messages/refusals} bundle, readable in each
	 * language.
	 */
	public InvalidWithdrawalException(Said said) {
		super(said);
	}

}
