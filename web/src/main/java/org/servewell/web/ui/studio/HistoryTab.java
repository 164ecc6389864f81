package org.servewell.web.ui.studio;

import java.util.Locale;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;

import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;
import org.servewell.authoring.CourseAuditSubject;
import org.servewell.web.ui.components.Formats;

/**
 * The course's history from the audit trail, read when the tab is shown (and on a change
 * while it is) rather than after every change to the draft.
 */
class HistoryTab extends Div {

	private static final int SHOWN = 200;

	final Grid<AuditEntry> grid = new Grid<>();

	HistoryTab(StudioDraft course, AuditTrail audit) {
		addClassName("sw-studio-tab");
		this.grid.addColumn((entry) -> Formats.when(entry.occurredAt(), getLocale()))
			.setHeader(getTranslation("studio.history.when"))
			.setAutoWidth(true);
		this.grid.addColumn(AuditEntry::actor).setHeader(getTranslation("studio.history.who")).setAutoWidth(true);
		this.grid.addColumn((entry) -> entry.action().replace('_', ' ').toLowerCase(Locale.ROOT))
			.setHeader(getTranslation("studio.history.what"))
			.setAutoWidth(true);
		this.grid.addColumn(AuditEntry::detail).setHeader(getTranslation("studio.history.detail")).setFlexGrow(3);
		this.grid.setAllRowsVisible(true);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAriaLabel(getTranslation("studio.history.grid"));
		this.grid.setEmptyStateText(getTranslation("studio.history.empty"));
		add(this.grid);
		Runnable read = () -> this.grid.setItems(audit.recent(new CourseAuditSubject(course.code()).text(), SHOWN));
		addAttachListener((attach) -> read.run());
		course.onChange((changed) -> {
			if (isAttached()) {
				read.run();
			}
		});
	}

}
