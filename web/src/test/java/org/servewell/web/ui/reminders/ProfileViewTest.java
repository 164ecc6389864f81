package org.servewell.web.ui.reminders;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servewell.people.Roles;
import org.servewell.reminders.ReminderChoices;
import org.servewell.reminders.ReminderPreferences;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.HomeView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's notification choices: saved through the form, mandatory overdue reminders
 * shown as such, and open to everyone signed in.
 */
class ProfileViewTest extends ViewTest {

	@Autowired
	ReminderPreferences preferences;

	@AfterEach
	void everyoneChoosesAgainAndTheLearnerGetsEverything() {
		SignedIn.run(ADMIN, () -> this.preferences.setOverdueMandatory(false), Roles.ADMIN);
		SignedIn.run(LEARNER, () -> this.preferences.saveMine(ReminderChoices.ALL), Roles.LEARNER);
	}

	@Test
	@WithUserDetails(LEARNER)
	void a_learner_turns_due_soon_mails_off_saves_and_finds_the_choice_kept() {
		ProfileView view = navigate(ProfileView.class);
		assertThat(view.dueSoon.getValue()).as("all on by default").isTrue();
		assertThat(view.mandatory.isVisible()).isFalse();

		test(view.dueSoon).click();
		test(view.save).click();

		assertThat(SignedIn.as(LEARNER, this.preferences::mine, Roles.LEARNER))
			.isEqualTo(new ReminderChoices(false, true, true, true, true));
		navigate(HomeView.class);
		assertThat(navigate(ProfileView.class).dueSoon.getValue()).isFalse();
	}

	@Test
	@WithUserDetails(LEARNER)
	void while_administrators_make_overdue_reminders_mandatory_the_choice_shows_checked_disabled_and_why() {
		SignedIn.run(LEARNER, () -> this.preferences.saveMine(new ReminderChoices(true, true, false, true, true)),
				Roles.LEARNER);
		SignedIn.run(ADMIN, () -> this.preferences.setOverdueMandatory(true), Roles.ADMIN);

		ProfileView view = navigate(ProfileView.class);

		assertThat(view.overdue.getValue()).isTrue();
		assertThat(view.overdue.isEnabled()).isFalse();
		assertThat(view.mandatory.isVisible()).isTrue();
		assertThat(view.mandatory.getText())
			.isEqualTo("Administrators made overdue reminders mandatory: you get them whatever you choose here.");
		assertThat(view.dueSoon.isEnabled()).isTrue();
	}

	@Test
	@WithUserDetails(LEARNER)
	void a_learner_is_not_offered_the_managers_team_digest() {
		assertThat(navigate(ProfileView.class).teamDigest.isVisible()).isFalse();
	}

	@Test
	@WithUserDetails(MANAGER)
	void a_manager_can_open_the_profile_and_choose_the_team_digest() {
		assertThat(navigate(ProfileView.class).teamDigest.isVisible()).isTrue();
	}

	@Test
	@WithUserDetails(TRAINER)
	void a_trainer_can_open_the_profile() {
		assertThat(navigate(ProfileView.class).interviewAssigned.isVisible()).isTrue();
	}

	@Test
	@WithUserDetails(HR)
	void hr_can_open_the_profile() {
		assertThat(navigate(ProfileView.class).save.isEnabled()).isTrue();
	}

	@Test
	@WithUserDetails(ADMIN)
	void an_administrator_can_open_the_profile() {
		assertThat(navigate(ProfileView.class).overdue.isEnabled()).isTrue();
	}

}
