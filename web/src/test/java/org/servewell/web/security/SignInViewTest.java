package org.servewell.web.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.catalog.CatalogView;
import org.servewell.web.ui.people.PeopleView;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.web.WebAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class SignInViewTest extends ViewTest {

	@Test
	void visitor_who_is_not_signed_in_is_sent_to_the_sign_in_page() {
		navigate("catalog", LoginView.class);

		assertThat(getCurrentView()).isInstanceOf(LoginView.class);
		assertThat(find(LoginForm.class).single().getAction()).isEqualTo("login");
	}

	@Test
	void visitor_cannot_open_administration_either() {
		navigate("admin/people", LoginView.class);

		assertThat(getCurrentView()).isNotInstanceOf(PeopleView.class).isInstanceOf(LoginView.class);
	}

	@Test
	void demo_sign_in_page_lists_an_account_for_every_role_and_says_it_is_demo_data() {
		navigate(LoginView.class);

		assertThat(find(Span.class).withText("Demo data").all()).hasSize(1);
		for (String email : new String[] { LEARNER, TRAINER, HR, MANAGER, ADMIN }) {
			assertThat(find(Span.class).withText(email).all()).as(email).hasSize(1);
		}
	}

	@Test
	void sign_in_page_says_when_sign_in_is_locked_and_for_how_long() {
		UI.getCurrent().navigate("login", QueryParameters.of("locked", "15"));

		LoginForm form = find(LoginForm.class).single();
		assertThat(form.isError()).isTrue();
		assertThat(shownI18n(form)).contains("Sign-in is locked for now").contains("Try again in 15 minutes");
	}

	@Test
	void sign_in_page_says_when_the_database_could_not_check_the_password_rather_than_calling_it_wrong() {
		InternalAuthenticationServiceException failure = new InternalAuthenticationServiceException(
				"Unable to acquire JDBC Connection");
		VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);

		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

		LoginForm form = find(LoginForm.class).single();
		assertThat(form.isError()).isTrue();
		assertThat(shownI18n(form)).contains("Sign-in is not possible just now")
			.contains("Nothing is wrong with your email or password")
			.doesNotContain("not recognised");
	}

	@Test
	void sign_in_page_says_when_email_or_password_were_wrong() {
		VaadinSession.getCurrent()
			.getSession()
			.setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, new BadCredentialsException("Bad credentials"));

		UI.getCurrent().navigate("login", QueryParameters.of("error", ""));

		assertThat(shownI18n(find(LoginForm.class).single())).contains("Email or password not recognised");
	}

	@Test
	void sign_in_page_says_why_a_person_was_signed_out() {
		UI.getCurrent().navigate("login", QueryParameters.of("ended", ""));

		LoginForm form = find(LoginForm.class).single();
		assertThat(form.isError()).isTrue();
		assertThat(shownI18n(form)).contains("You were signed out");
	}

	@Test
	void catalogue_view_class_requires_sign_in() {
		assertThat(CatalogView.class.isAnnotationPresent(com.vaadin.flow.server.auth.AnonymousAllowed.class)).isFalse();
	}

	/** The texts the sign-in form is given to show, as the browser receives them. */
	private static String shownI18n(LoginForm form) {
		return String.valueOf(form.getElement().getPropertyRaw("i18n"));
	}

}
