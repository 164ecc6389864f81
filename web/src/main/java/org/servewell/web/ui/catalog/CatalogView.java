package org.servewell.web.ui.catalog;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.CourseSummary;
import org.servewell.catalog.PathSummary;
import org.servewell.learning.LearnerService;

/**
 * The courses Servewell offers, each with its newest published version and a link to
 * where the person can act on it, and the onboarding paths that put them in order for new
 * colleagues.
 */
@Route("catalog")
@Menu(title = "Catalogue", order = 10, icon = "vaadin:open-book")
@PermitAll
public class CatalogView extends Main implements HasDynamicTitle {

	private static final String PATHS_HEADING_ID = "sw-paths-heading";

	CatalogView(CatalogService catalog, LearnerService learner, AuthenticationContext authentication) {
		addClassName("sw-page");
		List<CourseSummary> courses = catalog.listCourses(getLocale());
		CourseLinks links = CourseLinks.forSignedInPerson(learner, authentication);
		add(new H2(getTranslation("catalog.heading")), new Paragraph(getTranslation("catalog.intro", courses.size())));
		add(list(courses.stream().map((course) -> courseCard(course, links)).toList()));
		List<PathSummary> paths = catalog.listPaths();
		if (!paths.isEmpty()) {
			add(pathsSection(paths));
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalog.title");
	}

	private Card courseCard(CourseSummary course, CourseLinks links) {
		Card card = listItemCard("sw-course-card", course.title(), course.audience());
		card.add(new Paragraph(course.summary()));
		Span facts = new Span(facts(this, course));
		facts.addClassName("sw-facts");
		card.addToFooter(facts, links.forCard(this, course));
		return card;
	}

	/** "4 lessons · 6 scenarios · about 25 min · version 1", in the page's language. */
	static String facts(Component owner, CourseSummary course) {
		return owner.getTranslation("catalog.facts", course.lessonCount(), course.scenarioCount(),
				course.estimatedMinutes(), String.valueOf(course.versionNumber()));
	}

	private Section pathsSection(List<PathSummary> paths) {
		H2 heading = new H2(getTranslation("catalog.paths"));
		heading.setId(PATHS_HEADING_ID);
		Section section = new Section(heading, new Paragraph(getTranslation("catalog.paths.intro")));
		section.addClassName("sw-paths");
		section.getElement().setAttribute("aria-labelledby", PATHS_HEADING_ID);
		section.add(list(paths.stream().map(this::pathCard).toList()));
		return section;
	}

	private Card pathCard(PathSummary path) {
		Card card = listItemCard("sw-path-card", path.title(), path.audience());
		card.add(new Paragraph(path.summary()));
		OrderedList steps = new OrderedList();
		steps.addClassName("sw-path-steps");
		for (PathSummary.PathCourse course : path.courses()) {
			Span due = new Span(getTranslation("catalog.path.due", course.dueAfterDays()));
			due.addClassName("sw-facts");
			steps.add(new ListItem(new Span(course.courseTitle()), due));
		}
		card.add(steps);
		return card;
	}

	/**
	 * A card that is one item of a {@link #list}, so screen readers announce the count.
	 */
	private static Card listItemCard(String className, String title, String subtitle) {
		Card card = new Card();
		card.getElement().setAttribute("role", "listitem");
		card.addClassName(className);
		card.setTitle(title);
		card.setSubtitle(new Span(subtitle));
		return card;
	}

	private static Div list(List<Card> cards) {
		Div list = new Div();
		list.addClassName("sw-cards");
		list.getElement().setAttribute("role", "list");
		cards.forEach(list::add);
		return list;
	}

}
