package org.servewell.web.ui.catalog;

import java.util.List;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.CourseSummary;

/**
 * The courses Servewell offers, each with its newest published version.
 */
@Route("catalog")
@PageTitle("Catalogue")
@Menu(title = "Catalogue", order = 10, icon = "vaadin:open-book")
@PermitAll
public class CatalogView extends Main {

	CatalogView(CatalogService catalog) {
		addClassName("sw-page");
		List<CourseSummary> courses = catalog.listCourses();
		add(new H2("Course catalogue"), new Paragraph(courses.size() + ((courses.size() == 1) ? " course" : " courses")
				+ " on serving customers and colleagues well."));
		Div cards = new Div();
		cards.addClassName("sw-cards");
		cards.getElement().setAttribute("role", "list");
		courses.stream().map(CatalogView::card).forEach(cards::add);
		add(cards);
	}

	private static Card card(CourseSummary course) {
		Card card = new Card();
		card.getElement().setAttribute("role", "listitem");
		card.addClassName("sw-course-card");
		card.setTitle(course.title());
		card.setSubtitle(new Span(course.audience()));
		card.add(new Paragraph(course.summary()));
		Span facts = new Span(lessons(course.lessonCount()) + " · about " + course.estimatedMinutes()
				+ " min · version " + course.versionNumber());
		facts.addClassName("sw-facts");
		card.addToFooter(facts);
		return card;
	}

	private static String lessons(int count) {
		return count + ((count == 1) ? " lesson" : " lessons");
	}

}
