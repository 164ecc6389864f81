package org.servewell.content;

/**
 * The text format a GIFT question or answer declares with {@code [moodle]},
 * {@code [html]}, {@code [plain]} or {@code [markdown]}.
 */
public enum GiftFormat {

	/** Moodle's own auto-format, the default. */
	MOODLE,

	/** HTML. */
	HTML,

	/** Plain text. */
	PLAIN,

	/** Markdown. */
	MARKDOWN

}
