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
import org.servewell.learning.LearnerCourse;
import org.servewell.learning.LearnerService;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.learning.CourseView;
import org.servewell.web.ui.studio.CourseStudioView;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;

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

	@Autowired
	LearnerService learner;

	@Test
	@WithUserDetails(LEARNER)
	void learner_opens_an_assigned_course_from_its_card_and_reads_about_one_not_assigned() {
		Set<String> assigned = this.learner.myLearning()
			.courses()
			.stream()
			.map(LearnerCourse::courseCode)
			.collect(Collectors.toSet());
		navigate(CatalogView.class);

		List<Card> cards = find(Card.class).withClassName("sw-course-card").all();
		for (int i = 0; i < cards.size(); i++) {
			String code = BUNDLED.courses().get(i).id();
			assertThat(linksIn(cards.get(i).getElement())).as(code)
				.extracting(RouterLink::getHref)
				.containsExactly((assigned.contains(code) ? "course/" : "catalog/course/") + code);
		}
		assertThat(assigned).isNotEmpty();
		String notAssigned = BUNDLED.courses()
			.stream()
			.map(CourseContent::id)
			.filter((code) -> !assigned.contains(code))
			.findFirst()
			.orElseThrow();
		CourseContent course = BUNDLED.course(notAssigned).orElseThrow();
		test(linksIn(getCurrentView().getElement()).stream()
			.filter((link) -> link.getHref().equals("catalog/course/" + notAssigned))
			.findFirst()
			.orElseThrow()).click();
		assertThat(getCurrentView()).isInstanceOf(CourseDetailsView.class);
		String page = getCurrentView().getElement().getTextRecursively();
		assertThat(page).contains(course.title()).contains(course.summary()).contains("not on your learning");

		String assignedCode = assigned.iterator().next();
		navigate(CatalogView.class);
		test(linksIn(getCurrentView().getElement()).stream()
			.filter((link) -> link.getHref().equals("course/" + assignedCode))
			.findFirst()
			.orElseThrow()).click();
		assertThat(getCurrentView()).isInstanceOf(CourseView.class);
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_opens_each_course_in_the_studio_from_its_card() {
		navigate(CatalogView.class);

		List<Card> cards = find(Card.class).withClassName("sw-course-card").all();
		for (int i = 0; i < cards.size(); i++) {
			String code = BUNDLED.courses().get(i).id();
			assertThat(linksIn(cards.get(i).getElement())).as(code)
				.extracting(RouterLink::getHref)
				.contains("studio/course/" + code);
		}
		test(linksIn(cards.get(0).getElement()).stream()
			.filter((link) -> link.getHref().startsWith("studio/"))
			.findFirst()
			.orElseThrow()).click();
		assertThat(getCurrentView()).isInstanceOf(CourseStudioView.class);
	}

	/** The links inside {@code element}, in page order. */
	private static List<RouterLink> linksIn(com.vaadin.flow.dom.Element element) {
		List<RouterLink> links = new java.util.ArrayList<>();
		element.getComponent().filter(RouterLink.class::isInstance).ifPresent((link) -> links.add((RouterLink) link));
		element.getChildren().forEach((child) -> links.addAll(linksIn(child)));
		return links;
	}

}
