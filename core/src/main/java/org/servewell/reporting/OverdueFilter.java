package org.servewell.reporting;

import jakarta.validation.constraints.NotNull;

/**
 * What the overdue list shows: a due window, and optionally one department and one
 * manager's reports, within the audience of the person asking.
 *
 * @param window overdue only, or overdue and due within some days
 * @param department a department's name, or null for every department
 * @param managerId the manager whose reports to show, or null for everyone in view
 */
public record OverdueFilter(@NotNull(message = "Choose which due dates to show.") OverdueWindow window,
		String department, Long managerId) {

	/** Everyone in view whose training is overdue. */
	public static OverdueFilter overdueOnly() {
		return new OverdueFilter(OverdueWindow.OVERDUE_ONLY, null, null);
	}

}
