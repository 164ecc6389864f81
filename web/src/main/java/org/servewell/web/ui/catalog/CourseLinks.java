package org.servewell.web.ui.catalog;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.servewell.catalog.CourseSummary;
import org.servewell.learning.LearnerCourse;
import org.servewell.learning.LearnerService;
import org.servewell.people.Roles;
import org.servewell.web.ui.learning.CourseView;
import org.servewell.web.ui.studio.CourseStudioView;

/**
 * Where a catalogue course leads the signed-in person: to the course itself when it is on
 * their learning, to its studio page when they write courses, and otherwise to its
 * details.
 *
 * @param assignedCodes the courses on the person's learning
 * @param author whether the person writes courses (trainers and administrators)
 */
record CourseLinks(Set<String> assignedCodes, boolean author) {

	static CourseLinks forSignedInPerson(LearnerService learner, AuthenticationContext authentication) {
		Set<String> assigned = learner.myLearning()
			.courses()
			.stream()
			.map(LearnerCourse::courseCode)
			.collect(Collectors.toSet());
		return new CourseLinks(assigned, authentication.hasAnyRole(Roles.TRAINER, Roles.ADMIN));
	}

	boolean assigned(String code) {
		return this.assignedCodes.contains(code);
	}

	/** The links to act on one course: take it, edit it, or neither. */
	Div forCourse(Component owner, CourseSummary course) {
		Div links = new Div();
		links.addClassName("sw-card-links");
		if (assigned(course.code())) {
			links.add(link(owner, "catalog.links.open", CourseView.class, course));
		}
		if (this.author) {
			links.add(link(owner, "catalog.links.studio", CourseStudioView.class, course));
		}
		return links;
	}

	/**
	 * The links on a catalogue card: as {@link #forCourse}, or the details page when
	 * neither applies.
	 */
	Div forCard(Component owner, CourseSummary course) {
		Div links = forCourse(owner, course);
		if (links.getComponentCount() == 0) {
			links.add(link(owner, "catalog.links.about", CourseDetailsView.class, course));
		}
		return links;
	}

	private static <T extends Component & HasUrlParameter<String>> RouterLink link(Component owner, String key,
			Class<T> target, CourseSummary course) {
		String text = owner.getTranslation(key);
		RouterLink link = new RouterLink(text, target, course.code());
		link.addClassName("sw-card-link");
		// Many cards share the link text; the accessible name says which course it opens.
		link.getElement().setAttribute("aria-label", owner.getTranslation("catalog.links.label", text, course.title()));
		return link;
	}

}
