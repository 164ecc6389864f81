package org.servewell.shared;

import java.util.List;

/**
 * A request a service turned down for a reason the person can act on; nothing was
 * changed. The message says what is wrong and how to fix it, in words fit to show as they
 * are. Each feature throws its own types, each of one of the four kinds below, so that
 * callers can handle a feature's refusals, a kind, or every refusal at once.
 */
public abstract sealed class Refusal extends RuntimeException
		permits Refusal.NotAllowed, Refusal.NotFound, Refusal.Stale, Refusal.Invalid {

	private final List<String> problems;

	private Refusal(String message, List<String> problems) {
		super(message);
		this.problems = List.copyOf(problems);
	}

	/** Each problem in words, possibly none beyond the message. */
	public List<String> problems() {
		return this.problems;
	}

	/**
	 * The action is not allowed now, such as answering a submitted quiz or retiring a
	 * bundled kit; the message says why.
	 */
	public abstract static non-sealed class NotAllowed extends Refusal {

		protected NotAllowed(String message) {
			this(message, List.of());
		}

		protected NotAllowed(String message, List<String> problems) {
			super(message, problems);
		}

	}

	/**
	 * What was asked for does not exist, or the person may not see it: the two are not
	 * told apart, so that ids cannot be probed.
	 */
	public abstract static non-sealed class NotFound extends Refusal {

		protected NotFound(String message) {
			super(message, List.of());
		}

	}

	/**
	 * Someone else changed the same thing after the person opened it; their save is
	 * refused rather than silently overwriting the other change.
	 */
	public abstract static non-sealed class Stale extends Refusal {

		protected Stale(String message) {
			super(message, List.of());
		}

	}

	/**
	 * What the person entered breaks a rule; the message, and the problems when there are
	 * several, say what to fix.
	 */
	public abstract static non-sealed class Invalid extends Refusal {

		protected Invalid(String message) {
			this(message, List.of());
		}

		protected Invalid(String message, List<String> problems) {
			super(message, problems);
		}

	}

}
