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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Studio")
@Menu(title = "Studio", order = 25, icon = "vaadin:edit")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class StudioView extends Main {

	/** How the studio and the audit log show a time. */
	private final PublishingService publishing;

	private final DraftService drafts;

	private final CourseTransferService transfer;

	final Grid<StudioCourse> courses = new Grid<>();

	final Button newCourse = new Button("New course", new Icon(VaadinIcon.PLUS));

	final Button importCourse = new Button("Import course (zip)", new Icon(VaadinIcon.UPLOAD));

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
			.setHeader("Course")
			.setFlexGrow(4);
		this.courses.addColumn(StudioCourse::code).setHeader("Id").setAutoWidth(true);
		this.courses.addColumn(StudioView::published).setHeader("Published").setAutoWidth(true);
		this.courses.addComponentColumn(StudioView::draftBadge).setHeader("Draft").setAutoWidth(true);
		this.courses.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.courses.setAllRowsVisible(true);
		this.courses.setAriaLabel("Courses");
		this.courses.addItemDoubleClickListener(
				(event) -> UI.getCurrent().navigate(CourseStudioView.class, event.getItem().code()));

		add(new H2("Studio"), new Paragraph("Write and improve courses and their scenario banks. A draft is checked "
				+ "against every rule of the content format as you go; publishing it makes the next version, which new "
				+ "attempts use while attempts in progress finish on theirs."), toolbar, this.courses);
		refresh();
	}

	void refresh() {
		this.courses.setItems(this.publishing.courses());
	}

	private static String published(StudioCourse course) {
		if (course.versions().isEmpty()) {
			return "Not yet published";
		}
		VersionSummary newest = course.versions().getLast();
		return "v" + newest.number() + ", " + Formats.WHEN.format(newest.publishedAt());
	}

	private static Span draftBadge(StudioCourse course) {
		if (!course.hasDraft()) {
			return new Span("None");
		}
		Span badge = new Span(
				"Draft, " + course.draftUpdatedBy() + ", " + Formats.WHEN.format(course.draftUpdatedAt()));
		badge.getElement().getThemeList().add("badge");
		return badge;
	}

	private void openNewCourse() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("New course");
		TextField title = new TextField("Title");
		title.setRequired(true);
		title.setMaxLength(ContentLimits.MAX_TITLE_LENGTH);
		TextField code = new TextField("Id");
		code.setRequired(true);
		code.setMaxLength(ContentLimits.MAX_ID_LENGTH);
		code.setHelperText("Lower-case letters, digits and hyphens; it names the course's folder when exported and "
				+ "cannot change later.");
		code.setPattern("[a-z0-9][a-z0-9-]*");
		title.addValueChangeListener((change) -> {
			if (!change.isFromClient() || code.isEmpty() || code.getValue().equals(slug(change.getOldValue()))) {
				code.setValue(slug(change.getValue()));
			}
		});
		FormLayout form = new FormLayout(title, code);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
		Button create = new Button("Create draft", (click) -> {
			if (title.isEmpty() || code.isEmpty()) {
				title.setInvalid(title.isEmpty());
				title.setErrorMessage("Give the course a title.");
				code.setInvalid(code.isEmpty());
				code.setErrorMessage("Give the course an id.");
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
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), create);
		dialog.open();
		title.focus();
	}

	private void openImport() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Import a course");
		ImportUpload upload = new ImportUpload(ContentLimits.MAX_ARCHIVE_BYTES, "application/zip", ".zip");
		upload.onFile((fileName, file) -> {
			try {
				DraftView draft = this.transfer.importCourse(Files.readAllBytes(file), fileName);
				dialog.close();
				Notices.done("Imported " + fileName + " as the draft of '" + draft.details().title() + "'.");
				UI.getCurrent().navigate(CourseStudioView.class, draft.courseCode());
			}
			catch (AuthoringRefusedException ex) {
				upload.refused(ErrorReporting.refused(ex), ex.problems());
			}
		});
		dialog.add(new Paragraph("A zip of one course folder, as the studio exports it: course.yaml, the lessons and "
				+ "the scenario bank, at most " + ImportUpload.megabytes(ContentLimits.MAX_ARCHIVE_BYTES) + ". It is "
				+ "checked first; if anything is wrong nothing is imported and every problem is listed with its file "
				+ "and line. A course that exists gets the import as its draft."), upload);
		dialog.getFooter().add(new Button("Close", (click) -> dialog.close()));
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
			Notices.refused("Saved, with " + left.size() + " problem(s) to fix: " + left.get(0).message());
		}
	}

}
