package org.servewell.web.ui.screening;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.servewell.hiring.HireResult;
import org.servewell.learning.HiringCourses;
import org.servewell.web.ui.components.CopyableText;

/**
 * What a hire created, shown once: the link to hand to the new employee, with a button
 * that copies it (from hiring's result), and what was done for their weak traits, in
 * courses that fit their role (from learning, which added them when it heard of the
 * hire).
 */
class HandOverDialog extends Dialog {

	final CopyableText link;

	HandOverDialog(HireResult result, HiringCourses courses) {
		setHeaderTitle(getTranslation("hiring.handover.title", result.displayName()));
		setWidth("min(44rem, 96vw)");
		this.link = CopyableText.link(getTranslation("hiring.handover.link"), result.passwordLink());
		this.link.setHelperText(getTranslation("hiring.handover.link.help", result.displayName()));
		add(new Paragraph(getTranslation("hiring.handover.text", result.displayName(), result.email())), this.link);
		if (!courses.traitCourses().isEmpty()) {
			UnorderedList list = new UnorderedList();
			for (HiringCourses.TraitCourse course : courses.traitCourses()) {
				list.add(new ListItem(traitCourse(course, courses.audience())));
			}
			add(new Paragraph(introduction(courses.audience())), list);
		}
		Button done = new Button(getTranslation("hiring.handover.done"), (click) -> close());
		done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(done);
	}

	private String introduction(String audience) {
		return (audience != null) ? getTranslation("hiring.handover.courses.path", audience)
				: getTranslation("hiring.handover.courses.no-path");
	}

	private String traitCourse(HiringCourses.TraitCourse course, String audience) {
		String trait = getTranslation("hiring.handover.trait", course.traitName(),
				ScreeningText.decimal(course.mean(), 1, getLocale()));
		String role = (audience != null) ? audience : getTranslation("hiring.handover.every-new-hire");
		return trait + switch (course.outcome()) {
			case ADDED -> getTranslation("hiring.handover.added", course.courseTitle());
			case ASSIGNED_ALREADY ->
				getTranslation((audience != null) ? "hiring.handover.assigned.path" : "hiring.handover.assigned", role);
			case NO_FITTING_COURSE -> getTranslation("hiring.handover.no-fitting-course", role);
			case NO_COURSE -> getTranslation("hiring.handover.no-course");
		};
	}

}
