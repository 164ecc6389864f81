package org.servewell.people.importing;

/**
 * How an employee file is imported.
 *
 * @param deactivateOthers whether active people who are not in the file are deactivated
 * (for a file that lists every employee): never the importing person, never someone only
 * an administrator may change when HR imports, and never so that no enabled administrator
 * is left
 */
public record ImportOptions(boolean deactivateOthers) {

	/** People not in the file are left as they are. */
	public static final ImportOptions DEFAULT = new ImportOptions(false);

}
