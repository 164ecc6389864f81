package org.servewell.web.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sign-in page a visitor leaves by signing in does not stay in their session: its UI
 * is closed when the sign-in succeeds, instead of being kept until its heartbeats are
 * missed.
 */
class SignInPagesClosedTest extends ViewTest {

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void sign_in_page_is_closed_and_let_go_when_the_visitor_signs_in() {
		navigate(LoginView.class);
		UI signInPage = UI.getCurrent();
		VaadinSession vaadin = VaadinSession.getCurrent();
		assertThat(vaadin.getUIs()).contains(signInPage);

		signInFrom(vaadin, LEARNER);

		assertThat(signInPage.isClosing()).isTrue();
		assertThat(vaadin.getUIs()).doesNotContain(signInPage);
	}

	@Test
	void a_sign_in_from_a_request_without_a_session_changes_nothing() {
		navigate(LoginView.class);
		UI signInPage = UI.getCurrent();

		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
		this.events.publishEvent(new InteractiveAuthenticationSuccessEvent(signedIn(LEARNER), getClass()));

		assertThat(signInPage.isClosing()).isFalse();
		assertThat(VaadinSession.getCurrent().getUIs()).contains(signInPage);
	}

	/**
	 * The form's post as Spring Security handles it: the session holds the Vaadin
	 * session.
	 */
	private void signInFrom(VaadinSession vaadin, String email) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute("com.vaadin.flow.server.VaadinSession.springServlet", vaadin);
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login");
		post.setSession(session);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(post));
		this.events.publishEvent(new InteractiveAuthenticationSuccessEvent(signedIn(email), getClass()));
	}

	private static UsernamePasswordAuthenticationToken signedIn(String email) {
		return UsernamePasswordAuthenticationToken.authenticated(email, null,
				AuthorityUtils.createAuthorityList("ROLE_LEARNER"));
	}

}
