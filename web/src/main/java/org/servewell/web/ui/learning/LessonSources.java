package org.servewell.web.ui.learning;

import java.util.List;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.servewell.content.ContentLanguage;
import org.servewell.learning.LessonPage;

/**
 * Where a lesson's ideas come from: each essay by its own title, author and date, with
 * the points the lesson takes from it. The lesson's words are Servewell's own; the ideas
 * are credited here.
 */
final class LessonSources extends Section {

	LessonSources(List<LessonPage.Source> sources) {
		addClassName("sw-sources");
		setVisible(!sources.isEmpty());
		H3 heading = new H3(getTranslation("course.sources"));
		heading.setId("lesson-sources");
		getElement().setAttribute("aria-labelledby", "lesson-sources");
		UnorderedList essays = new UnorderedList();
		for (LessonPage.Source source : sources) {
			ListItem essay = new ListItem(new Span(source.essay()));
			if (!source.points().isEmpty()) {
				UnorderedList points = new UnorderedList();
				source.points().forEach((point) -> points.add(new ListItem(point)));
				essay.add(points);
			}
			essays.add(essay);
		}
		// The essays and the points taken from them are written in English, whatever
		// the lesson's language.
		add(heading, WrittenIn.language(essays, ContentLanguage.DEFAULT));
	}

}
