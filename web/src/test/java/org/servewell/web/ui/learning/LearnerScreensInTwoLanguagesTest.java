package org.servewell.web.ui.learning;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.Test;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.AttemptService;
import org.servewell.learning.AttemptView;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.NewLearners;
import org.servewell.web.ViewTest;
import org.servewell.web.security.LoginView;
import org.servewell.web.ui.NotFoundView;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.MarkdownContent;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The learner's screens in the page's language: German for a German-speaking learner
 * (words, dates and percentages), English, word for word as before, for everyone else.
 * Each test signs in a learner of its own, so the demo learner's quiz state is left
 * alone.
 */
class LearnerScreensInTwoLanguagesTest extends ViewTest {

	private static final String COURSE = "what-customers-expect";

	/** The bundled course with a German translation. */
	private static final String TRANSLATED = "first-time-every-time";

	private static final String TRANSLATED_TITLE = "Guter Service vom ersten Mal an – jedes Mal";

	private static final LocalDate DUE = LocalDate.now().plusDays(7);

	@Autowired
	NewLearners learners;

	@Autowired
	AttemptService attempts;

	@Test
	void a_german_speaking_learner_reads_my_learning_the_menu_and_the_frame_in_german() {
		String learner = newLearnerAssigned(COURSE);
		UI.getCurrent().setLocale(Locale.GERMAN);

		MyLearningView view = SignedIn.as(learner, () -> navigate(MyLearningView.class), Roles.LEARNER);

		assertThat(view.getPageTitle()).isEqualTo("Meine Schulungen");
		assertThat(view.getElement().getTextRecursively())
			.contains("Meine Schulungen", "Kurse", "Nicht begonnen", "Fällig am " + Formats.day(DUE, Locale.GERMAN),
					"0 von 5 Lektionen gelesen", "Beginnen")
			.doesNotContain("lessons read", "Due ");
		assertThat(Formats.day(DUE, Locale.GERMAN)).matches("\\d{1,2}\\. \\S+ \\d{4}");
		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.contains("Startseite", "Meine Schulungen", "Kurskatalog");
		assertThat(find(Button.class).all()).extracting(Button::getText).contains("Abmelden");
		assertThat(find(Button.class).all()).extracting((button) -> button.getAriaLabel().orElse(""))
			.contains("Benachrichtigungen, keine ungelesen");
	}

	@Test
	void an_english_speaking_learner_reads_my_learning_and_the_frame_in_english_as_before() {
		String learner = newLearnerAssigned(COURSE);
		UI.getCurrent().setLocale(Locale.ENGLISH);

		MyLearningView view = SignedIn.as(learner, () -> navigate(MyLearningView.class), Roles.LEARNER);

		assertThat(view.getPageTitle()).isEqualTo("My learning");
		assertThat(view.getElement().getTextRecursively()).contains("Not started", "Due " + Formats.DAY.format(DUE),
				"0 of 5 lessons read", "Start");
		assertThat(find(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
			.containsExactly("Home", "My learning", "Catalogue");
		assertThat(find(Button.class).all()).extracting(Button::getText).contains("Sign out");
	}

	@Test
	void a_german_speaking_learner_reads_a_lesson_answers_the_quiz_and_reads_the_result_in_german() {
		String learner = newLearnerAssigned(COURSE);
		UI.getCurrent().setLocale(Locale.GERMAN);

		CourseView course = SignedIn.as(learner, () -> navigate(CourseView.class, COURSE), Roles.LEARNER);
		assertThat(course.getPageTitle()).isEqualTo("Kurs");
		assertThat(course.outline.getElement().getTextRecursively()).contains("1 von 5 Lektionen gelesen", "Quiz");
		assertThat(course.lesson.getElement().getTextRecursively()).contains("Lektion 1 von 5");
		assertThat(find(Button.class).all()).extracting(Button::getText).contains("Nächste Lektion");

		QuizView quiz = SignedIn.as(learner, () -> navigate(QuizView.class, COURSE), Roles.LEARNER);
		assertThat(quiz.submit.getText()).isEqualTo("Antworten abgeben");
		assertThat(quiz.position.getText()).startsWith("Szenario 1 von ");
		SignedIn.run(learner, () -> {
			test(quiz.choices).selectItem(quiz.choices.getListDataView().getItem(0).text());
			roundTrip();
		}, Roles.LEARNER);
		assertThat(quiz.saveState.message()).startsWith("Antwort gespeichert um ").endsWith(" Uhr.");
		assertThat(quiz.jumps.get(0).getAriaLabel()).contains("Szenario 1, beantwortet");

		AttemptResult result = submitFirstOptions(learner);
		ResultView page = SignedIn.as(learner, () -> navigate(ResultView.class, result.attemptId()), Roles.LEARNER);
		assertThat(page.getPageTitle()).isEqualTo("Quizergebnis");
		assertThat(page.getElement().getTextRecursively()).contains("Rückmeldung zu jedem Szenario", "Ihre Versuche",
				"Bestehensgrenze " + Formats.percent(result.passMark(), Locale.GERMAN), "Versuch", "Abgegeben",
				"Zurück zum Kurs");
		assertThat(Formats.percent(result.passMark(), Locale.GERMAN)).endsWith("\u00a0%");
	}

	@Test
	void an_english_speaking_learner_answers_the_quiz_and_reads_the_result_in_english_as_before() {
		String learner = newLearnerAssigned(COURSE);
		UI.getCurrent().setLocale(Locale.ENGLISH);

		QuizView quiz = SignedIn.as(learner, () -> navigate(QuizView.class, COURSE), Roles.LEARNER);
		assertThat(quiz.submit.getText()).isEqualTo("Submit answers");
		SignedIn.run(learner, () -> {
			test(quiz.choices).selectItem(quiz.choices.getListDataView().getItem(0).text());
			roundTrip();
		}, Roles.LEARNER);
		assertThat(quiz.saveState.message()).matches("Answer saved at \\d\\d:\\d\\d:\\d\\d\\.");

		AttemptResult result = submitFirstOptions(learner);
		ResultView page = SignedIn.as(learner, () -> navigate(ResultView.class, result.attemptId()), Roles.LEARNER);
		assertThat(page.getElement().getTextRecursively()).contains("Feedback on each scenario", "Your attempts",
				"Pass mark " + result.passMark() + "%", "Back to the course");
	}

	@Test
	void a_german_speaking_learner_reads_a_course_with_a_german_translation_in_german_marked_as_german() {
		String learner = newLearnerAssigned(TRANSLATED);
		UI.getCurrent().setLocale(Locale.GERMAN);

		SignedIn.run(learner, () -> navigate(MyLearningView.class), Roles.LEARNER);
		assertThat(find(Card.class).all()).extracting(Card::getTitleAsText).contains(TRANSLATED_TITLE);
		CourseView course = SignedIn.as(learner, () -> navigate(CourseView.class, TRANSLATED), Roles.LEARNER);
		assertThat(course.outline.getElement().getTextRecursively()).contains("Warum Verlässlichkeit Kunden bindet");
		assertThat(course.lesson.getElement().getTextRecursively()).contains("Lektion 1 von 4");
		MarkdownContent lesson = find(MarkdownContent.class).single();
		assertThat(lesson.getInnerHtml()).contains("<h1>Warum Verlässlichkeit Kunden bindet</h1>");
		assertThat(lesson.getElement().getAttribute("lang")).isEqualTo("de");
		assertThat(find(LessonSources.class).single().getChildren().filter(UnorderedList.class::isInstance))
			.singleElement()
			.satisfies((essays) -> assertThat(essays.getElement().getAttribute("lang")).isEqualTo("en"));

		QuizView quiz = SignedIn.as(learner, () -> navigate(QuizView.class, TRANSLATED), Roles.LEARNER);
		assertThat(quiz.getElement().getTextRecursively()).contains(TRANSLATED_TITLE + ": Quiz");
		assertThat(quiz.page.getElement().getAttribute("lang")).isEqualTo("de");
		assertThat(quiz.page.getElement().getTextRecursively()).contains("Sie");
	}

	@Test
	void an_english_speaking_learner_reads_the_same_course_in_english() {
		String learner = newLearnerAssigned(TRANSLATED);
		UI.getCurrent().setLocale(Locale.ENGLISH);

		CourseView course = SignedIn.as(learner, () -> navigate(CourseView.class, TRANSLATED), Roles.LEARNER);

		assertThat(course.outline.getElement().getTextRecursively()).contains("Why reliability wins loyalty");
		assertThat(find(MarkdownContent.class).single().getElement().getAttribute("lang")).isEqualTo("en");
	}

	@Test
	void a_german_speaking_visitor_reads_the_public_pages_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		VerifyView verify = navigate(VerifyView.class);
		test(verify.code).setValue("MADE-UPXX-CODE");
		test(verify.check).click();
		assertThat(verify.getPageTitle()).isEqualTo("Zertifikat prüfen · Servewell");
		assertThat(verify.answer.getText()).startsWith("Zu diesem Code gibt es kein Zertifikat");

		LoginView login = navigate(LoginView.class);
		assertThat(login.getPageTitle()).isEqualTo("Anmelden · Servewell");
		assertThat(login.getElement().getTextRecursively()).contains("Servicekultur");
	}

	@Test
	void a_german_speaking_learner_who_opens_a_missing_page_is_told_in_german() {
		String learner = newLearnerAssigned(COURSE);
		UI.getCurrent().setLocale(Locale.GERMAN);

		SignedIn.run(learner, () -> navigate("no-such-page", NotFoundView.class), Roles.LEARNER);

		assertThat(getCurrentView().getElement().getTextRecursively()).contains("Seite nicht gefunden",
				"Zurück zur Startseite");
	}

	private AttemptResult submitFirstOptions(String learner) {
		return SignedIn.as(learner, () -> {
			AttemptView attempt = this.attempts.startOrResume(COURSE);
			for (AttemptView.Question question : attempt.questions()) {
				this.attempts.saveAnswer(attempt.attemptId(), question.itemId(), question.choices().get(0).optionId());
			}
			return this.attempts.submit(attempt.attemptId());
		}, Roles.LEARNER);
	}

	private String newLearnerAssigned(String course) {
		return this.learners.assigned("bilingual", course, DUE);
	}

}
