package org.servewell.web.security;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.catalog.CatalogView;
import org.servewell.web.ui.people.PeopleView;

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
		navigate("login?locked=15", LoginView.class);

		LoginForm form = find(LoginForm.class).single();
		assertThat(form.isError()).isTrue();
		assertThat(form.getI18n().getErrorMessage().getTitle()).isEqualTo("Sign-in is locked for now");
		assertThat(form.getI18n().getErrorMessage().getMessage()).contains("Try again in 15 minutes");
	}

	@Test
	void sign_in_page_says_why_a_person_was_signed_out() {
		navigate("login?ended", LoginView.class);

		LoginForm form = find(LoginForm.class).single();
		assertThat(form.isError()).isTrue();
		assertThat(form.getI18n().getErrorMessage().getTitle()).isEqualTo("You were signed out");
	}

	@Test
	void catalogue_view_class_requires_sign_in() {
		assertThat(CatalogView.class.isAnnotationPresent(com.vaadin.flow.server.auth.AnonymousAllowed.class)).isFalse();
	}

}
