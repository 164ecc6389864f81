package org.servewell.web.ui.catalog;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import org.junit.jupiter.api.Test;
import org.servewell.content.ContentBundle;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.web.ViewTest;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The course catalogue in the page's language: German words and figures for a
 * German-speaking reader, English word for word as before for everyone else.
 */
class CatalogInTwoLanguagesTest extends ViewTest {

	private static final ContentBundle BUNDLED = ContentReader.read(ContentSource.bundled());

	@Test
	@WithUserDetails(LEARNER)
	void a_german_speaking_learner_reads_the_catalogue_and_its_paths_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		CatalogView view = navigate(CatalogView.class);

		CourseContent first = BUNDLED.courses().get(0);
		assertThat(view.getPageTitle()).isEqualTo("Kurskatalog");
		String page = view.getElement().getTextRecursively();
		assertThat(page)
			.contains("Kurskatalog", BUNDLED.courses().size() + " Kurse zum guten Umgang",
					first.lessons().size() + " Lektionen · " + first.scenarios().size() + " Szenarien · etwa "
							+ first.estimatedMinutes() + " Min. · Version ",
					"Einarbeitungspfade", " nach Beginn", "Kurs öffnen")
			.doesNotContain(" lessons · ", "Onboarding paths", "after starting", "Open the course");
		assertThat(find(Card.class).withClassName("sw-course-card").all()).extracting(Card::getTitleAsText)
			.contains(first.translation("de").orElseThrow().title())
			.doesNotContain(first.title());
	}

	@Test
	@WithUserDetails(LEARNER)
	void a_german_speaking_learner_reads_about_a_course_and_a_missing_one_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);
		CourseContent course = BUNDLED.courses().get(0);

		CourseDetailsView details = navigate(CourseDetailsView.class, course.id());
		assertThat(details.getPageTitle()).isEqualTo(course.translation("de").orElseThrow().title() + " · Kurskatalog");
		assertThat(details.getElement().getTextRecursively()).contains("Für ", "Zurück zum Kurskatalog");

		CourseDetailsView missing = navigate(CourseDetailsView.class, "no-such-course");
		assertThat(missing.getPageTitle()).isEqualTo("Kurs nicht gefunden · Kurskatalog");
		assertThat(missing.getElement().getTextRecursively()).contains("Kein Kurs im Katalog hat die Adresse");
	}

	@Test
	@WithUserDetails(LEARNER)
	void an_english_speaking_learner_reads_the_catalogue_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		CatalogView view = navigate(CatalogView.class);

		CourseContent first = BUNDLED.courses().get(0);
		assertThat(view.getPageTitle()).isEqualTo("Catalogue");
		List<Card> cards = find(Card.class).withClassName("sw-course-card").all();
		assertThat(cards.get(0).getElement().getTextRecursively()).contains(first.lessons().size() + " lessons · "
				+ first.scenarios().size() + " scenarios · about " + first.estimatedMinutes() + " min · version ");
		assertThat(view.getElement().getTextRecursively()).contains("Course catalogue", "Onboarding paths",
				" after starting");
		CourseDetailsView missing = navigate(CourseDetailsView.class, "no-such-course");
		assertThat(missing.getPageTitle()).isEqualTo("Course not found · Catalogue");
	}

}
