package org.servewell.web.ui.studio;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.servewell.authoring.DraftProblem;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.ProblemList;

import static org.servewell.web.ui.components.IconButtons.iconButton;

/**
 * The draft's lessons in reading order: added, edited, moved and removed one at a time.
 */
class LessonsTab extends Div {

	private final StudioDraft course;

	private final DraftService drafts;

	final Grid<DraftView.Lesson> grid = new Grid<>();

	LessonsTab(StudioDraft course, DraftService drafts) {
		this.course = course;
		this.drafts = drafts;
		addClassName("sw-studio-tab");
		this.grid.addColumn((lesson) -> lessons().indexOf(lesson) + 1).setHeader("#").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(DraftView.Lesson::title).setHeader(getTranslation("studio.lessons.lesson")).setFlexGrow(3);
		this.grid.addComponentColumn(
				(lesson) -> ProblemList.badge(course.draft().problemsOf(DraftProblem.Part.LESSON, lesson.id()).size()))
			.setHeader(getTranslation("studio.checks"))
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setAriaLabel(getTranslation("studio.lessons.grid"));
		this.grid.addItemDoubleClickListener((event) -> edit(event.getItem()));
		Button add = new Button(getTranslation("studio.lessons.add"), new Icon(VaadinIcon.PLUS), (click) -> edit(null));
		add(new Div(add), this.grid);
		course.onChange((changed) -> this.grid.setItems(lessons()));
	}

	private List<DraftView.Lesson> lessons() {
		return (this.course.draft() != null) ? this.course.draft().lessons() : List.of();
	}

	private Component actions(DraftView.Lesson lesson) {
		String code = this.course.code();
		int index = lessons().indexOf(lesson);
		Button up = iconButton(VaadinIcon.ARROW_UP, getTranslation("studio.lessons.up", lesson.title()),
				() -> this.course.change(() -> this.drafts.moveLesson(code, lesson.id(), index - 1), null));
		up.setEnabled(index > 0);
		Button down = iconButton(VaadinIcon.ARROW_DOWN, getTranslation("studio.lessons.down", lesson.title()),
				() -> this.course.change(() -> this.drafts.moveLesson(code, lesson.id(), index + 1), null));
		down.setEnabled(index < lessons().size() - 1);
		Button edit = iconButton(VaadinIcon.EDIT, getTranslation("studio.edit", lesson.title()), () -> edit(lesson));
		Button remove = iconButton(VaadinIcon.TRASH, getTranslation("studio.remove.named", lesson.title()),
				() -> Confirmation.ask(getTranslation("studio.lessons.remove.title"),
						getTranslation("studio.lessons.remove.text", lesson.title()), getTranslation("studio.remove"),
						() -> this.course.change(() -> this.drafts.removeLesson(code, lesson.id(), lesson.version()),
								getTranslation("studio.lessons.removed"))));
		return new HorizontalLayout(up, down, edit, remove);
	}

	private void edit(DraftView.Lesson lesson) {
		if (this.course.draft() == null) {
			return;
		}
		new LessonEditor(lesson, this.course.draft(), this.drafts.sourceChoices(), (edited) -> {
			DraftView saved = this.course.change(() -> this.drafts.saveLesson(this.course.code(), edited),
					getTranslation("studio.lessons.saved"));
			return (saved != null) ? saved.problemsOfSavedLesson(edited.id(), edited.key()) : null;
		}).open();
	}

}
