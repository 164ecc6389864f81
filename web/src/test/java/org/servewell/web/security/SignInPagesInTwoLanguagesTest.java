package org.servewell.web.security;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.servewell.people.NewPerson;
import org.servewell.people.PeopleService;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages someone not signed in reads, setting a password from a one-time link and
 * learning why single sign-on refused them, in German for a German-speaking reader and in
 * English, word for word as before, for everyone else.
 */
@WithAnonymousUser
class SignInPagesInTwoLanguagesTest extends ViewTest {

	@Autowired
	PeopleService people;

	@Test
	void a_german_speaking_new_hire_sets_their_password_in_german() {
		NewPerson hired = newPersonWithLink();
		UI.getCurrent().setLocale(Locale.GERMAN);

		SetPasswordView view = navigate(SetPasswordView.class, hired.passwordLinkToken());

		assertThat(view.getPageTitle()).isEqualTo("Passwort festlegen · Servewell");
		assertThat(view.card.getElement().getTextRecursively()).contains("Willkommen, New Hire",
				"Dieser Link funktioniert einmal, bis");
		assertThat(view.password.getLabel()).isEqualTo("Neues Passwort");
		assertThat(view.save.getText()).isEqualTo("Passwort festlegen");
		test(view.password).setValue("my very own password");
		test(view.repeat).setValue("my very own passwort");
		test(view.save).click();
		assertThat(view.repeat.getErrorMessage()).isEqualTo("Die beiden Passwörter stimmen nicht überein.");
	}

	@Test
	void an_english_speaking_new_hire_sets_their_password_in_english_as_before() {
		NewPerson hired = newPersonWithLink();
		UI.getCurrent().setLocale(Locale.ENGLISH);

		SetPasswordView view = navigate(SetPasswordView.class, hired.passwordLinkToken());

		assertThat(view.getPageTitle()).isEqualTo("Set your password · Servewell");
		assertThat(view.card.getElement().getTextRecursively()).contains("Welcome, New Hire",
				"This link works once, until");
		assertThat(view.password.getHelperText()).isEqualTo("At least 12 characters; a short sentence works well");
	}

	@Test
	void a_german_speaking_person_refused_by_single_sign_on_reads_why_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		UI.getCurrent().navigate(SignInRefusedView.ROUTE, QueryParameters.of("reason", "disabled"));

		assertThat(find(Paragraph.class).withClassName("sw-verify-invalid").single().getText())
			.isEqualTo("Ihr Servewell-Konto (Ihre E-Mail-Adresse) ist deaktiviert. Bitten Sie Ihre "
					+ "Servewell-Administration oder die Personalabteilung, es zu aktivieren.");
		assertThat(find(SignInRefusedView.class).single().getPageTitle()).isEqualTo("Anmeldung abgelehnt · Servewell");
	}

	@Test
	void an_english_speaking_person_refused_by_single_sign_on_reads_why_in_english_as_before() {
		UI.getCurrent().setLocale(Locale.ENGLISH);

		UI.getCurrent().navigate(SignInRefusedView.ROUTE, QueryParameters.of("reason", "email_not_verified"));

		assertThat(find(Paragraph.class).withClassName("sw-verify-invalid").single().getText())
			.isEqualTo("Your organisation's sign-in did not confirm that your email address is verified, so "
					+ "Servewell cannot tell whose account it is. Ask your IT team to verify your email address "
					+ "with the sign-in provider, or your Servewell administrator for help.");
		assertThat(find(SignInRefusedView.class).single().getPageTitle()).isEqualTo("Sign-in refused · Servewell");
	}

	private NewPerson newPersonWithLink() {
		return SetPasswordViewTest.newPersonWithLink(this.people);
	}

}
