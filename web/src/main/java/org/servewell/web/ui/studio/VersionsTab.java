package org.servewell.web.ui.studio;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.KeyingService;
import org.servewell.authoring.PublishingService;
import org.servewell.authoring.VersionKey;
import org.servewell.catalog.VersionSummary;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.Notices;

/** The course's published versions, newest first, each retired from here. */
class VersionsTab extends Div {

	private final StudioDraft course;

	private final PublishingService publishing;

	private final KeyingService keying;

	/** Who keyed each version, by version number, read with the versions. */
	private Map<Integer, VersionKey> keys = Map.of();

	final Grid<VersionSummary> grid = new Grid<>();

	VersionsTab(StudioDraft course, PublishingService publishing, KeyingService keying) {
		this.course = course;
		this.publishing = publishing;
		this.keying = keying;
		addClassName("sw-studio-tab");
		// Short figures keep to their width (the date and the content wrap), so that the
		// change
		// note and who keyed the version have the room to be read.
		this.grid.addColumn((version) -> "v" + version.number()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((version) -> Formats.WHEN.format(version.publishedAt()))
			.setHeader("Published")
			.setWidth("8rem")
			.setFlexGrow(0);
		this.grid.addColumn((version) -> version.fromStudio() ? version.publishedBy() : "Content files")
			.setHeader("By")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((version) -> (version.changeNote() != null) ? version.changeNote() : "")
			.setHeader("Change note")
			.setWidth("8rem")
			.setFlexGrow(3);
		this.grid.addColumn((version) -> version.lessons() + " lessons, " + version.scenarios() + " scenarios")
			.setHeader("Content")
			.setWidth("7rem")
			.setFlexGrow(0);
		this.grid.addColumn(this::keyedBy).setHeader("Key").setWidth("12rem").setFlexGrow(2);
		this.grid.addComponentColumn(this::retirement).setHeader("").setAutoWidth(true).setFlexGrow(0);
		this.grid.setAllRowsVisible(true);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAriaLabel("Published versions");
		this.grid.setEmptyStateText("Not yet published.");
		add(new Paragraph("Published versions never change. New attempts use the newest version that "
				+ "is not retired; attempts in progress finish on the version they started."), this.grid);
		course.onChange((changed) -> {
			this.keys = this.keying.versionKeys(course.code())
				.stream()
				.collect(Collectors.toMap(VersionKey::versionNumber, Function.identity(), (a, b) -> b));
			this.grid.setItems(changed.published().reversed());
		});
	}

	/** Who keyed the version, or where its key came from when that was not recorded. */
	String keyedBy(VersionSummary version) {
		VersionKey key = this.keys.get(version.number());
		if (key != null) {
			return key.describe();
		}
		return version.fromStudio() ? "Not recorded: published before keying was kept."
				: "From the content files, keyed by their authors.";
	}

	private Component retirement(VersionSummary version) {
		if (version.retired()) {
			Span retired = new Span("Retired " + Formats.WHEN.format(version.retiredAt()));
			retired.getElement().getThemeList().add("badge contrast");
			return retired;
		}
		Button retire = new Button("Retire",
				(click) -> Confirmation.ask("Retire version " + version.number() + "?",
						"No new attempts will start on version " + version.number()
								+ ". Attempts in progress finish on it, and completions keep it.",
						"Retire", () -> retire(version)));
		retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		retire.setAriaLabel("Retire version " + version.number());
		return retire;
	}

	private void retire(VersionSummary version) {
		try {
			this.publishing.retire(this.course.code(), version.number());
			Notices.done("Version " + version.number() + " retired.");
		}
		catch (AuthoringNotFoundException ex) {
			Notices.refused(ex);
		}
		this.course.reload();
	}

}
