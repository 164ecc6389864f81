package org.servewell.people;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A person's choice of language for the screens, kept on their record. Subclasses choose
 * the database.
 */
@SpringBootTest
abstract class LanguagePreferenceTests {

	@Autowired
	LanguagePreference languages;

	@Autowired
	PeopleService people;

	@Test
	void a_person_who_chose_no_language_follows_the_browser() {
		String learner = TestPeople.create(this.people, Role.LEARNER);

		assertThat(SignedIn.as(learner, this.languages::mine, Roles.LEARNER)).isEmpty();
	}

	@Test
	void a_learner_chooses_german_and_finds_it_kept_for_her_alone() {
		String learner = TestPeople.create(this.people, Role.LEARNER);
		String colleague = TestPeople.create(this.people, Role.LEARNER);
		long versionBefore = SignedIn.as(TestPeople.ADMIN,
				() -> this.people.getPerson(TestPeople.id(this.people, learner)).version(), Roles.ADMIN);

		SignedIn.run(learner, () -> this.languages.chooseMine(Locale.GERMAN), Roles.LEARNER);

		assertThat(SignedIn.as(learner, this.languages::mine, Roles.LEARNER)).contains(Locale.GERMAN);
		assertThat(SignedIn.as(colleague, this.languages::mine, Roles.LEARNER)).isEmpty();
		assertThat(SignedIn.as(TestPeople.ADMIN,
				() -> this.people.getPerson(TestPeople.id(this.people, learner)).version(), Roles.ADMIN))
			.as("an administrator editing her meanwhile is not told she changed")
			.isEqualTo(versionBefore);
	}

	@Test
	void a_person_who_clears_the_choice_follows_the_browser_again() {
		String learner = TestPeople.create(this.people, Role.LEARNER);
		SignedIn.run(learner, () -> this.languages.chooseMine(Locale.GERMAN), Roles.LEARNER);

		SignedIn.run(learner, () -> this.languages.chooseMine(null), Roles.LEARNER);

		assertThat(SignedIn.as(learner, this.languages::mine, Roles.LEARNER)).isEmpty();
	}

	@Test
	void a_language_without_a_tag_is_refused() {
		String learner = TestPeople.create(this.people, Role.LEARNER);

		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> SignedIn.run(learner, () -> this.languages.chooseMine(Locale.ROOT), Roles.LEARNER));
	}

	@Test
	@WithAnonymousUser
	void nobody_signed_in_can_choose_a_language() {
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> this.languages.chooseMine(Locale.GERMAN));
	}

}
