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
import org.servewell.web.ui.components.Formats;

/**
 * What a hire created, shown once: the link to hand to the new employee, with a button
 * that copies it (from hiring's result), and what was done for their weak traits, in
 * courses that fit their role (from learning, which added them when it heard of the
 * hire).
 */
class HandOverDialog extends Dialog {

	final CopyableText link;

	HandOverDialog(HireResult result, HiringCourses courses) {
		setHeaderTitle(result.displayName() + " is hired");
		setWidth("min(44rem, 96vw)");
		this.link = CopyableText.link("One-time link to set their password", result.passwordLink());
		this.link.setHelperText("Give it to " + result.displayName()
				+ " privately. It works once, for a limited time, and is not shown again.");
		add(new Paragraph(result.displayName() + " can now be found under Employees and signs in as " + result.email()
				+ " once they have set their password."), this.link);
		if (!courses.traitCourses().isEmpty()) {
			UnorderedList list = new UnorderedList();
			for (HiringCourses.TraitCourse course : courses.traitCourses()) {
				list.add(new ListItem(traitCourse(course, courses.audience())));
			}
			add(new Paragraph(introduction(courses.audience())), list);
		}
		Button done = new Button("Done", (click) -> close());
		done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		getFooter().add(done);
	}

	static String introduction(String audience) {
		return "Courses from hiring, for the two weakest traits in the interviews, "
				+ ((audience != null) ? "chosen among the courses for " + audience + " (their onboarding path):"
						: "where no onboarding path matches their department and job role, so only courses meant "
								+ "for every new hire were considered:");
	}

	static String traitCourse(HiringCourses.TraitCourse course, String audience) {
		String trait = course.traitName() + " (panel mean " + Formats.decimal(course.mean(), 1) + "): ";
		String role = (audience != null) ? audience : "every new hire";
		return trait + switch (course.outcome()) {
			case ADDED -> "added \"" + course.courseTitle() + "\"";
			case ASSIGNED_ALREADY -> "nothing added: every course for " + role + " that trains it is assigned already"
					+ ((audience != null) ? ", through their onboarding path" : "");
			case NO_FITTING_COURSE ->
				"no course for " + role + " trains it; the ones that do are for another role, so nothing was added";
			case NO_COURSE -> "no course in the catalogue trains it yet, so nothing was added";
		};
	}

}
