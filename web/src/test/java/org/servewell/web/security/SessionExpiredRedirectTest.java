package org.servewell.web.security;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A learner whose session this instance does not know (it timed out, or their instance
 * stopped and the load balancer sent them to another) goes to the sign-in page, told that
 * their saved answers are kept. ClusterFailoverJourneyTest drives the same through two
 * running instances and HAProxy.
 */
class SessionExpiredRedirectTest extends ViewTest {

	@Autowired
	WebApplicationContext context;

	@Test
	void click_in_a_page_whose_session_is_gone_sends_the_browser_straight_to_sign_in_with_a_message() {
		SystemMessages messages = VaadinService.getCurrent()
			.getSystemMessages(Locale.ENGLISH, VaadinRequest.getCurrent());

		assertThat(messages.getSessionExpiredURL()).isEqualTo("/login?expired");
		// No Vaadin notice to click away first: the browser goes to the URL at once.
		assertThat(messages.isSessionExpiredNotificationEnabled()).isFalse();
		assertThat(messages.getSessionExpiredCaption()).isNull();
		assertThat(messages.getSessionExpiredMessage()).isNull();
	}

	@Test
	void sign_in_page_after_an_ended_session_says_every_saved_answer_is_kept() {
		UI.getCurrent().navigate("login", QueryParameters.of("expired", ""));

		LoginForm form = find(LoginForm.class).single();
		assertThat(form.isError()).isTrue();
		assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n"))).contains("Your session has ended")
			.contains("Please sign in again; every answer you saved is kept.");
	}

	@Test
	void page_load_with_a_session_id_this_instance_does_not_know_lands_on_the_plain_sign_in_page() throws Exception {
		MockMvc browser = MockMvcBuilders.webAppContextSetup(this.context)
			.addFilters(this.context.getBean("springSecurityFilterChain", Filter.class))
			.build();

		browser.perform(get("/learning").with((request) -> {
			request.setRequestedSessionId("session-of-a-stopped-instance");
			request.setRequestedSessionIdFromCookie(true);
			request.setRequestedSessionIdValid(false);
			return request;
		})).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

}
