package org.servewell.xapi;

/** Where a statement in the outbox stands. */
public enum StatementStatus {

	/** Not yet accepted by the LRS: due now or after a back-off. */
	PENDING,

	/** The LRS stored it (or had it already). */
	DELIVERED,

	/** Every attempt failed; an administrator may send it again. */
	FAILED

}
