package org.servewell.web.ui.catalog;

import java.util.List;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.servewell.content.ContentBundle;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.PathContent;
import org.servewell.web.ViewTest;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewTest extends ViewTest {

	private static final ContentBundle BUNDLED = ContentReader.read(ContentSource.bundled());

	@Test
	@WithUserDetails(LEARNER)
	void learner_sees_every_bundled_course_with_its_lesson_and_scenario_counts() {
		navigate(CatalogView.class);

		List<Card> cards = find(Card.class).withClassName("sw-course-card").all();
		assertThat(cards).hasSize(BUNDLED.courses().size());
		for (int i = 0; i < cards.size(); i++) {
			CourseContent course = BUNDLED.courses().get(i);
			assertThat(cards.get(i).getTitleAsText()).isEqualTo(course.title());
			assertThat(cards.get(i).getElement().getTextRecursively())
				.contains(course.lessons().size() + " lessons · " + course.scenarios().size() + " scenarios · about "
						+ course.estimatedMinutes() + " min · version 1");
		}
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_sees_the_onboarding_paths_with_each_course_and_when_it_is_due() {
		navigate(CatalogView.class);

		List<Card> paths = find(Card.class).withClassName("sw-path-card").all();
		assertThat(paths).extracting(Card::getTitleAsText)
			.containsExactlyElementsOf(BUNDLED.paths().stream().map(PathContent::title).toList());
		PathContent frontLine = BUNDLED.paths().get(0);
		List<String> steps = find(ListItem.class).from(paths.get(0))
			.all()
			.stream()
			.map((item) -> item.getElement().getTextRecursively())
			.toList();
		assertThat(steps).hasSize(frontLine.courses().size());
		PathContent.PathCourse first = frontLine.courses().get(0);
		assertThat(steps.get(0)).contains(BUNDLED.course(first.course()).orElseThrow().title())
			.contains("due " + first.dueAfterDays() + " days after starting");
	}

}
