package org.servewell.web.ui.catalog;

import com.vaadin.flow.component.card.Card;
import org.junit.jupiter.api.Test;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.web.ViewTest;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogViewTest extends ViewTest {

	@Test
	@WithUserDetails(LEARNER)
	void learner_sees_every_bundled_course_with_its_lesson_count() {
		var bundled = ContentReader.read(ContentSource.bundled()).courses();

		navigate(CatalogView.class);

		assertThat(find(Card.class).all()).hasSize(bundled.size());
		CourseContent first = bundled.get(0);
		Card firstCard = find(Card.class).all().get(0);
		assertThat(firstCard.getTitleAsText()).isEqualTo(first.title());
		assertThat(firstCard.getElement().getTextRecursively()).contains(first.lessons().size() + " lessons");
	}

}
