package org.servewell.web.ui.language;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.servewell.people.LanguagePreference;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.reminders.ProfileView;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person chooses the language of their screens on their profile page; every page they
 * open afterwards starts in it, and without a choice pages follow the browser.
 */
class LanguageChoiceTest extends ViewTest {

	@Autowired
	PeopleService people;

	@Autowired
	LanguagePreference languages;

	@Autowired
	ChosenLanguage chosenLanguage;

	@Test
	void a_learner_chooses_german_on_her_profile_and_her_next_page_opens_in_german() {
		String learner = newLearner();
		UI.getCurrent().setLocale(Locale.ENGLISH);
		LanguageChoice choice = SignedIn.as(learner, () -> {
			navigate(ProfileView.class);
			return find(LanguageChoice.class).single();
		}, Roles.LEARNER);
		assertThat(choice.language.getValue()).as("none chosen yet").isNull();
		assertThat(choice.language.getLabel()).isEqualTo("Language of the screens");

		SignedIn.run(learner, () -> test(choice.language).selectItem("Deutsch"), Roles.LEARNER);

		assertThat(SignedIn.as(learner, this.languages::mine, Roles.LEARNER)).contains(Locale.GERMAN);
		assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
		UI nextPage = UI.getCurrent();
		nextPage.setLocale(Locale.ENGLISH);
		SignedIn.run(learner, () -> this.chosenLanguage.apply(nextPage), Roles.LEARNER);
		assertThat(nextPage.getLocale()).isEqualTo(Locale.GERMAN);
	}

	@Test
	void the_profile_and_its_language_choice_are_worded_in_the_page_language() {
		String learner = newLearner();
		UI.getCurrent().setLocale(Locale.GERMAN);

		LanguageChoice choice = SignedIn.as(learner, () -> {
			navigate(ProfileView.class);
			return find(LanguageChoice.class).single();
		}, Roles.LEARNER);

		assertThat(choice.language.getLabel()).isEqualTo("Sprache der Oberfläche");
		assertThat(((ProfileView) getCurrentView()).getPageTitle()).isEqualTo("Meine Benachrichtigungen");
		assertThat(choice.getElement().getTextRecursively()).contains("Sprache");
	}

	@Test
	void a_person_who_chose_no_language_keeps_the_browser_language() {
		String learner = newLearner();
		UI page = UI.getCurrent();
		page.setLocale(Locale.GERMAN);

		SignedIn.run(learner, () -> this.chosenLanguage.apply(page), Roles.LEARNER);

		assertThat(page.getLocale()).isEqualTo(Locale.GERMAN);
	}

	@Test
	void a_visitor_who_is_not_signed_in_keeps_the_browser_language() {
		UI page = UI.getCurrent();
		page.setLocale(Locale.GERMAN);

		this.chosenLanguage.apply(page);

		assertThat(page.getLocale()).isEqualTo(Locale.GERMAN);
	}

	@Test
	void a_regional_choice_gets_its_language_and_an_unoffered_one_none() {
		assertThat(ChosenLanguage.offered(Locale.forLanguageTag("de-AT"))).contains(Locale.GERMAN);
		assertThat(ChosenLanguage.offered(Locale.FRENCH)).isEmpty();
	}

	private String newLearner() {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String email = "language-" + id + "@test.servewell.org";
		SignedIn.run(ADMIN, () -> this.people.createPerson(
				new PersonForm(email, "Learner " + id, Set.of(Role.LEARNER), null, null, null, null, true, null),
				"a long test password"), Roles.ADMIN);
		return email;
	}

}
