package org.servewell.catalog;

/**
 * Lengths of a published version's texts that the content format does not bound
 * ({@link org.servewell.content.ContentLimits} bounds the rest), as their columns keep
 * them (the Flyway migrations' values).
 */
public final class CatalogLimits {

	/**
	 * Longest lesson body or scenario situation, in Markdown: MEDIUMTEXT on MySQL, a long
	 * VARCHAR on H2.
	 */
	public static final int MARKDOWN_LENGTH = 1_000_000;

	/** Longest list of sources of a lesson. */
	public static final int SOURCES_LENGTH = 4000;

	/** Longest change note of a published version. */
	public static final int CHANGE_NOTE_LENGTH = 2000;

	private CatalogLimits() {
	}

}
