package org.servewell.web.ui.studio;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.authoring.AuthoringRefusedException;
import org.servewell.authoring.CourseTransferService;
import org.servewell.authoring.DraftProblem;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.authoring.PublishingService;
import org.servewell.authoring.StudioCourse;
import org.servewell.catalog.VersionSummary;
import org.servewell.content.ContentLimits;
import org.servewell.people.Roles;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.ImportUpload;
import org.servewell.web.ui.components.Notices;

/**
 * The authoring studio's start: every course with its newest published version and its
 * draft, and a new course.
 */
@Route("studio")
@Menu(title = "Studio", order = 25, icon = "vaadin:edit")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class StudioView extends Main implements HasDynamicTitle {

	/** How the studio and the audit log show a time. */
	private final PublishingService publishing;

	private final DraftService drafts;

	private final CourseTransferService transfer;

	final Grid<StudioCourse> courses = new Grid<>();

	final Button newCourse = new Button(getTranslation("studio.list.new"), new Icon(VaadinIcon.PLUS));

	final Button importCourse = new Button(getTranslation("studio.list.import"), new Icon(VaadinIcon.UPLOAD));

	StudioView(PublishingService publishing, DraftService drafts, CourseTransferService transfer) {
		this.publishing = publishing;
		this.drafts = drafts;
		this.transfer = transfer;
		addClassName("sw-page");
		this.newCourse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.newCourse.addClickListener((click) -> openNewCourse());
		this.importCourse.addClickListener((click) -> openImport());
		Div toolbar = new Div(this.newCourse, this.importCourse);
		toolbar.addClassName("sw-toolbar");

		this.courses
			.addComponentColumn((course) -> new RouterLink(course.title(), CourseStudioView.class, course.code()))
			.setHeader(getTranslation("studio.list.course"))
			.setFlexGrow(4);
		this.courses.addColumn(StudioCourse::code).setHeader(getTranslation("studio.list.id")).setAutoWidth(true);
		this.courses.addColumn(this::published).setHeader(getTranslation("studio.list.published")).setAutoWidth(true);
		this.courses.addComponentColumn(this::draftBadge)
			.setHeader(getTranslation("studio.list.draft"))
			.setAutoWidth(true);
		this.courses.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.courses.setAllRowsVisible(true);
		this.courses.setAriaLabel(getTranslation("studio.list.courses"));
		this.courses.addItemDoubleClickListener(
				(event) -> UI.getCurrent().navigate(CourseStudioView.class, event.getItem().code()));

		add(new H2(getTranslation("studio.list.title")), new Paragraph(getTranslation("studio.list.intro")), toolbar,
				this.courses);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("studio.list.title");
	}

	void refresh() {
		this.courses.setItems(this.publishing.courses());
	}

	private String published(StudioCourse course) {
		if (course.versions().isEmpty()) {
			return getTranslation("studio.list.unpublished");
		}
		VersionSummary newest = course.versions().getLast();
		return getTranslation("studio.list.version", String.valueOf(newest.number()),
				Formats.when(newest.publishedAt(), getLocale()));
	}

	private Span draftBadge(StudioCourse course) {
		if (!course.hasDraft()) {
			return new Span(getTranslation("studio.list.no-draft"));
		}
		Span badge = new Span(getTranslation("studio.list.draft-by", course.draftUpdatedBy(),
				Formats.when(course.draftUpdatedAt(), getLocale())));
		badge.getElement().getThemeList().add("badge");
		return badge;
	}

	private void openNewCourse() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("studio.new.title"));
		TextField title = new TextField(getTranslation("studio.new.course-title"));
		title.setRequired(true);
		title.setMaxLength(ContentLimits.MAX_TITLE_LENGTH);
		TextField code = new TextField(getTranslation("studio.new.id"));
		code.setRequired(true);
		code.setMaxLength(ContentLimits.MAX_ID_LENGTH);
		code.setHelperText(getTranslation("studio.new.id.helper"));
		code.setPattern("[a-z0-9][a-z0-9-]*");
		title.addValueChangeListener((change) -> {
			if (!change.isFromClient() || code.isEmpty() || code.getValue().equals(slug(change.getOldValue()))) {
				code.setValue(slug(change.getValue()));
			}
		});
		FormLayout form = new FormLayout(title, code);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		Button create = new Button(getTranslation("studio.new.create"), (click) -> {
			if (title.isEmpty() || code.isEmpty()) {
				title.setInvalid(title.isEmpty());
				title.setErrorMessage(getTranslation("studio.new.title.missing"));
				code.setInvalid(code.isEmpty());
				code.setErrorMessage(getTranslation("studio.new.id.missing"));
				return;
			}
			try {
				this.drafts.startNewCourse(code.getValue(), title.getValue());
				dialog.close();
				UI.getCurrent().navigate(CourseStudioView.class, code.getValue().strip());
			}
			catch (AuthoringRefusedException ex) {
				code.setInvalid(true);
				code.setErrorMessage(ErrorReporting.refused(ex));
			}
		});
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(form);
		dialog.getFooter().add(new Button(getTranslation("studio.cancel"), (click) -> dialog.close()), create);
		dialog.open();
		title.focus();
	}

	private void openImport() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("studio.import.title"));
		ImportUpload upload = new ImportUpload(ContentLimits.MAX_ARCHIVE_BYTES, "application/zip", ".zip");
		upload.onFile((fileName, file) -> {
			try {
				DraftView draft = this.transfer.importCourse(Files.readAllBytes(file), fileName);
				dialog.close();
				Notices.done(getTranslation("studio.import.done", fileName, draft.details().title()));
				UI.getCurrent().navigate(CourseStudioView.class, draft.courseCode());
			}
			catch (AuthoringRefusedException ex) {
				upload.refused(ErrorReporting.refused(ex), ex.problems());
			}
		});
		dialog.add(
				new Paragraph(
						getTranslation("studio.import.intro", ImportUpload.megabytes(ContentLimits.MAX_ARCHIVE_BYTES))),
				upload);
		dialog.getFooter().add(new Button(getTranslation("studio.close"), (click) -> dialog.close()));
		dialog.setWidth("min(44rem, 96vw)");
		dialog.open();
	}

	static String slug(String title) {
		String slug = (title == null) ? "" : title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
		slug = slug.replaceAll("^-+|-+$", "");
		return (slug.length() > ContentLimits.MAX_ID_LENGTH) ? slug.substring(0, ContentLimits.MAX_ID_LENGTH) : slug;
	}

	/**
	 * Closes an editor after saving; what the content reader still finds in the saved
	 * part (null when the save was refused) is said at once and listed beside it.
	 */
	static void saved(Dialog editor, List<DraftProblem> left) {
		editor.close();
		if (left != null && !left.isEmpty()) {
			Notices.refused(editor.getTranslation("studio.saved.problems", left.size(), left.get(0).message()));
		}
	}

}
