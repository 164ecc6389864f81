package org.servewell.web.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.servewell.web.DemoMode;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The sign-in page with single sign-on set up, beside password sign-in or instead of it,
 * and the page that explains a refused single sign-on. (Without an issuer, as in the
 * other view tests, the page is the password form alone: see SignInViewTest. The redirect
 * flow itself runs against the jar and a real provider: SingleSignOnJourneyTest.)
 */
class SingleSignOnViewTest extends ViewTest {

	private static final String ISSUER = "https://sso.example.org/realms/contoso";

	@Autowired
	DemoMode demoMode;

	@Test
	void sign_in_page_offers_the_provider_beside_the_password_form() {
		LoginView page = new LoginView(this.demoMode, new SignInOptions(true, ISSUER, "Contoso"));

		assertThat(descendants(page, LoginForm.class)).hasSize(1);
		assertThat(descendants(page, Anchor.class)).singleElement().satisfies((button) -> {
			assertThat(button.getText()).isEqualTo("Sign in with Contoso");
			assertThat(button.getHref()).isEqualTo("oauth2/authorization/oidc");
			assertThat(button.isRouterIgnore()).isTrue();
		});
	}

	@Test
	void sign_in_page_without_password_sign_in_offers_only_the_provider_and_no_demo_passwords() {
		LoginView page = new LoginView(this.demoMode, new SignInOptions(false, ISSUER, ""));

		assertThat(descendants(page, LoginForm.class)).isEmpty();
		assertThat(page.getElement().getOuterHTML()).doesNotContain("Demo accounts");
		assertThat(descendants(page, Anchor.class)).singleElement()
			.extracting(Anchor::getText)
			.isEqualTo("Sign in with your organisation");
	}

	@Test
	void provider_name_that_is_already_a_label_is_used_as_it_is() {
		assertThat(new SignInOptions(true, ISSUER, "Sign in with Contoso").providerLabel(new Span()))
			.isEqualTo("Sign in with Contoso");
	}

	@Test
	void servewell_refuses_to_start_with_password_sign_in_off_and_no_provider() {
		assertThatIllegalStateException().isThrownBy(() -> new SignInOptions(false, " ", "Contoso"))
			.withMessageContaining("nobody could sign in")
			.withMessageContaining("SERVEWELL_AUTH_OIDC_ISSUER_URI");
	}

	@Test
	void refused_page_says_a_disabled_account_is_disabled_and_whom_to_ask() {
		UI.getCurrent().navigate(SignInRefusedView.ROUTE, QueryParameters.of("reason", "disabled"));

		assertThat(find(Paragraph.class).withClassName("sw-verify-invalid").single().getText()).contains("is disabled")
			.contains("Ask your Servewell administrator or HR to enable it");
	}

	@Test
	void refused_page_for_a_sign_in_that_did_not_complete_says_to_try_again() {
		UI.getCurrent().navigate(SignInRefusedView.ROUTE, QueryParameters.of("reason", "anything else"));

		assertThat(find(Paragraph.class).withClassName("sw-verify-invalid").single().getText())
			.contains("did not complete")
			.contains("Try again");
	}

	private static <T extends Component> java.util.List<T> descendants(Component root, Class<T> type) {
		java.util.List<T> found = new java.util.ArrayList<>();
		root.getChildren().forEach((child) -> {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			found.addAll(descendants(child, type));
		});
		return found;
	}

}
