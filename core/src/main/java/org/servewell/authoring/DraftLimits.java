package org.servewell.authoring;

/**
 * Lengths of a draft's texts where a draft keeps more than the content format accepts: a
 * draft is kept as typed, and the draft check says what is too long before publishing.
 * Where a draft column mirrors a published one it uses
 * {@link org.servewell.content.ContentLimits} or
 * {@link org.servewell.catalog.CatalogLimits} instead. The values are the Flyway
 * migrations' column lengths.
 */
public final class DraftLimits {

	/** Longest id of a draft lesson or scenario. */
	public static final int KEY_LENGTH = 200;

	/** Longest title of a draft course, lesson or scenario. */
	public static final int TITLE_LENGTH = 1000;

	/** Longest summary of a draft course. */
	public static final int SUMMARY_LENGTH = 4000;

	/** Longest audience of a draft course. */
	public static final int AUDIENCE_LENGTH = 1000;

	private DraftLimits() {
	}

}
