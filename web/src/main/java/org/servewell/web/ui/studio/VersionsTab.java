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
		this.grid.addColumn((version) -> "v" + version.number())
			.setHeader(getTranslation("studio.versions.version"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((version) -> Formats.when(version.publishedAt(), getLocale()))
			.setHeader(getTranslation("studio.versions.published"))
			.setWidth("8rem")
			.setFlexGrow(0);
		String files = getTranslation("studio.versions.files");
		this.grid.addColumn((version) -> version.fromStudio() ? version.publishedBy() : files)
			.setHeader(getTranslation("studio.versions.by"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((version) -> (version.changeNote() != null) ? version.changeNote() : "")
			.setHeader(getTranslation("studio.versions.note"))
			.setWidth("8rem")
			.setFlexGrow(3);
		this.grid
			.addColumn((version) -> getTranslation("studio.versions.content", version.lessons(), version.scenarios()))
			.setHeader(getTranslation("studio.versions.content.header"))
			.setWidth("7rem")
			.setFlexGrow(0);
		this.grid.addColumn(this::keyedBy)
			.setHeader(getTranslation("studio.versions.key"))
			.setWidth("12rem")
			.setFlexGrow(2);
		this.grid.addComponentColumn(this::retirement).setHeader("").setAutoWidth(true).setFlexGrow(0);
		this.grid.setAllRowsVisible(true);
		this.grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAriaLabel(getTranslation("studio.versions.grid"));
		this.grid.setEmptyStateText(getTranslation("studio.versions.empty"));
		add(new Paragraph(getTranslation("studio.versions.intro")), this.grid);
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
		if (key != null && key.singleAuthor()) {
			return getTranslation("studio.versions.key.single");
		}
		if (key != null) {
			return getTranslation(key.matchesPanel() ? "studio.versions.key.panel" : "studio.versions.key.draft",
					String.join(", ", key.keyers()));
		}
		return getTranslation(version.fromStudio() ? "studio.versions.key.unknown" : "studio.versions.key.files");
	}

	private Component retirement(VersionSummary version) {
		if (version.retired()) {
			Span retired = new Span(
					getTranslation("studio.versions.retired", Formats.when(version.retiredAt(), getLocale())));
			retired.getElement().getThemeList().add("badge contrast");
			return retired;
		}
		String number = String.valueOf(version.number());
		Button retire = new Button(getTranslation("studio.versions.retire"),
				(click) -> Confirmation.ask(getTranslation("studio.versions.retire.title", number),
						getTranslation("studio.versions.retire.text", number), getTranslation("studio.versions.retire"),
						() -> retire(version)));
		retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		retire.setAriaLabel(getTranslation("studio.versions.retire.label", number));
		return retire;
	}

	private void retire(VersionSummary version) {
		try {
			this.publishing.retire(this.course.code(), version.number());
			Notices.done(getTranslation("studio.versions.retired.done", String.valueOf(version.number())));
		}
		catch (AuthoringNotFoundException ex) {
			Notices.refused(ex);
		}
		this.course.reload();
	}

}
