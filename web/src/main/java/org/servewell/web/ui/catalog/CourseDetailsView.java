package org.servewell.web.ui.catalog;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.CourseSummary;
import org.servewell.catalog.PathSummary;
import org.servewell.learning.LearnerService;

/**
 * One course of the catalogue for someone it is not assigned to: what it teaches, who it
 * is for, the onboarding paths it is part of, and how a person comes to take it. Where
 * the person can do more (take it, edit it), the page links there.
 */
@Route("catalog/course")
@PermitAll
public class CourseDetailsView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

	private final CatalogService catalog;

	private final CourseLinks links;

	private String title = "";

	CourseDetailsView(CatalogService catalog, LearnerService learner, AuthenticationContext authentication) {
		this.catalog = catalog;
		this.links = CourseLinks.forSignedInPerson(learner, authentication);
		addClassName("sw-page");
	}

	@Override
	public void setParameter(BeforeEvent event, String code) {
		removeAll();
		Optional<CourseSummary> found = this.catalog.listCourses(getLocale())
			.stream()
			.filter((course) -> course.code().equals(code))
			.findFirst();
		if (found.isEmpty()) {
			this.title = getTranslation("catalog.details.not-found");
			add(new H2(this.title), new Paragraph(getTranslation("catalog.details.not-found.text", code)),
					new RouterLink(getTranslation("catalog.details.back"), CatalogView.class));
			return;
		}
		CourseSummary course = found.get();
		this.title = course.title();
		Span audience = new Span(getTranslation("catalog.details.for", course.audience()));
		audience.addClassName("sw-facts");
		add(new H2(course.title()), audience, new Paragraph(course.summary()),
				new Paragraph(CatalogView.facts(this, course)));
		List<String> paths = this.catalog.listPaths()
			.stream()
			.flatMap((path) -> path.courses()
				.stream()
				.filter((step) -> step.courseCode().equals(code))
				.map((step) -> onPath(path, step)))
			.toList();
		if (!paths.isEmpty()) {
			UnorderedList list = new UnorderedList();
			paths.forEach((text) -> list.add(new ListItem(text)));
			add(new Paragraph(getTranslation("catalog.details.paths")), list);
		}
		if (!this.links.assigned(code)) {
			add(new Paragraph(getTranslation("catalog.details.not-assigned")));
		}
		add(this.links.forCourse(this, course));
		add(new RouterLink(getTranslation("catalog.details.back"), CatalogView.class));
	}

	private String onPath(PathSummary path, PathSummary.PathCourse step) {
		return getTranslation("catalog.details.on-path", path.title(), step.dueAfterDays());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalog.details.page-title",
				this.title.isEmpty() ? getTranslation("catalog.details.course") : this.title);
	}

}
