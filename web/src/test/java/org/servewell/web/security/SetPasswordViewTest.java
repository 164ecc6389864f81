package org.servewell.web.security;

import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.servewell.people.NewPerson;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page a one-time password link opens, used by someone not signed in.
 */
@WithAnonymousUser
class SetPasswordViewTest extends ViewTest {

	@Autowired
	PeopleService people;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void new_hire_sets_their_password_from_the_link_once() {
		NewPerson hired = newPersonWithLink();

		SetPasswordView view = navigate(SetPasswordView.class, hired.passwordLinkToken());
		assertThat(view.card.getElement().getTextRecursively()).contains("Welcome, New Hire")
			.contains(hired.person().email());
		test(view.password).setValue("my very own password");
		test(view.repeat).setValue("my very own password");
		test(view.save).click();

		assertThat(view.card.getElement().getTextRecursively()).contains("Your password is set.");
		assertThat(this.passwordEncoder.matches("my very own password",
				this.accounts.loadUserByUsername(hired.person().email()).getPassword()))
			.isTrue();

		navigate(SetPasswordView.class, hired.passwordLinkToken());
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.contains("This link has expired or was already used. Ask HR for a new one.");
	}

	@Test
	void passwords_that_differ_or_are_too_short_are_refused_at_the_field() {
		NewPerson hired = newPersonWithLink();
		SetPasswordView view = navigate(SetPasswordView.class, hired.passwordLinkToken());

		test(view.password).setValue("my very own password");
		test(view.repeat).setValue("my very own passwort");
		test(view.save).click();
		assertThat(view.repeat.isInvalid()).isTrue();
		assertThat(view.repeat.getErrorMessage()).isEqualTo("The two passwords differ.");

		test(view.password).setValue("short");
		test(view.repeat).setValue("short");
		test(view.save).click();
		assertThat(view.password.isInvalid()).isTrue();
		assertThat(view.password.getErrorMessage()).startsWith("Use at least 12 characters");
	}

	@Test
	void unknown_link_says_so_and_shows_no_form() {
		SetPasswordView view = navigate(SetPasswordView.class, "made-up-token");

		assertThat(view.card.getElement().getTextRecursively()).contains("This link has expired or was already used.");
		assertThat(view.password.isAttached()).isFalse();
	}

	private NewPerson newPersonWithLink() {
		return newPersonWithLink(this.people);
	}

	/** A new learner named "New Hire", added by an administrator with a one-time link. */
	static NewPerson newPersonWithLink(PeopleService people) {
		String email = "new-hire-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";
		return SignedIn.as(ADMIN,
				() -> people.createPersonWithLink(
						new PersonForm(email, "New Hire", Set.of(Role.LEARNER), null, null, null, null, true, null)),
				Roles.ADMIN);
	}

}
