package org.servewell.shared;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A request a service turned down for a reason the person can act on; nothing was
 * changed. The message says what is wrong and how to fix it, in words fit to show as they
 * are. Each feature throws its own types, each of one of the four kinds below, so that
 * callers can handle a feature's refusals, a kind, or every refusal at once.
 * <p>
 * A refusal built from {@link Said} words can be read in each language Servewell writes
 * ({@link #message(Locale)}); its {@link #getMessage()} is always the English text, for
 * logs and the REST API. The {@link #problems()} stay in English.
 */
public abstract sealed class Refusal extends RuntimeException
		permits Refusal.NotAllowed, Refusal.NotFound, Refusal.Stale, Refusal.Invalid {

	/**
	 * The key of the pattern a moment is written with, as a {@link DateTimeFormatter}.
	 */
	public static final String TIME = "time";

	private static final Wording REFUSALS = new Wording("messages/refusals");

	private final List<String> problems;

	private final transient Said said;

	private Refusal(String message, List<String> problems) {
		super(message);
		this.problems = List.copyOf(problems);
		this.said = null;
	}

	private Refusal(Said said, List<String> problems) {
		super(text(said, Locale.ENGLISH));
		this.problems = List.copyOf(problems);
		this.said = said;
	}

	/**
	 * The message in the reader's language, when Servewell writes it and the refusal was
	 * built from {@link Said} words; otherwise the English {@link #getMessage()}.
	 */
	public String message(Locale reader) {
		if (this.said == null) {
			return getMessage();
		}
		return text(this.said, Languages.written(reader).orElse(Locale.ENGLISH));
	}

	/**
	 * The words in {@code language}. An argument that is itself {@link Said} is written
	 * in the same language, and a moment ({@link OffsetDateTime}) the way the bundle's
	 * {@value #TIME} pattern writes it.
	 */
	private static String text(Said said, Locale language) {
		Object[] arguments = said.arguments();
		for (int i = 0; i < arguments.length; i++) {
			if (arguments[i] instanceof Said part) {
				arguments[i] = text(part, language);
			}
			else if (arguments[i] instanceof OffsetDateTime moment) {
				arguments[i] = DateTimeFormatter.ofPattern(REFUSALS.words(language).getString(TIME), language)
					.format(moment);
			}
		}
		return REFUSALS.text(language, said.key(), arguments);
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

		protected NotAllowed(Said said) {
			this(said, List.of());
		}

		protected NotAllowed(Said said, List<String> problems) {
			super(said, problems);
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

		protected NotFound(Said said) {
			super(said, List.of());
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

		protected Stale(Said said) {
			super(said, List.of());
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

		protected Invalid(Said said) {
			this(said, List.of());
		}

		protected Invalid(Said said, List<String> problems) {
			super(said, problems);
		}

	}

}
