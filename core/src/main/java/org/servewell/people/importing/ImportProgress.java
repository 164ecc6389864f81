package org.servewell.people.importing;

/**
 * Told how far an import has got, from the thread running it, so that a screen can show a
 * progress bar for a large file.
 */
@FunctionalInterface
public interface ImportProgress {

	/** Nothing to tell. */
	ImportProgress NONE = (done, total) -> {
	};

	/** {@code done} of {@code total} rows written. */
	void rowsWritten(int done, int total);

}
