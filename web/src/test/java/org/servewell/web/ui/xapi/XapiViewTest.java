package org.servewell.web.ui.xapi;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servewell.testsupport.RecordingHttpServer;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;
import org.servewell.xapi.LrsForm;
import org.servewell.xapi.LrsSettings;
import org.servewell.xapi.XapiService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class XapiViewTest extends ViewTest {

	@Autowired
	XapiService xapi;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	/** The view tests share one database: no LRS is left set for the next. */
	@AfterEach
	void forgetTheLrs() {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
			this.jdbc.update("DELETE FROM xapi_statement");
			this.jdbc.update("DELETE FROM xapi_lrs");
		});
	}

	@Test
	@WithUserDetails(ADMIN)
	void administrator_sets_the_lrs_sees_the_password_only_as_set_and_sends_a_test_statement() throws Exception {
		try (RecordingHttpServer lrs = new RecordingHttpServer(204)) {
			XapiView view = navigate(XapiView.class);
			assertThat(view.settings.state.getText())
				.isEqualTo("No learning record store is set: no statements are queued.");
			assertThat(view.settings.password.getPlaceholder()).isEqualTo("Not set");
			assertThat(view.settings.test.isEnabled()).isFalse();
			String endpoint = lrs.url("/xapi/");
			test(view.settings.endpoint).setValue(endpoint);
			test(view.settings.username).setValue("servewell");
			test(view.settings.password).setValue("lrs secret");
			test(view.settings.save).click();

			LrsSettings saved = this.xapi.settings().orElseThrow();
			assertThat(saved.endpoint()).isEqualTo(endpoint);
			assertThat(saved.enabled()).as("sending is on at first").isTrue();
			assertThat(view.settings.password.getValue()).as("never shown back").isEmpty();
			assertThat(view.settings.password.getPlaceholder()).isEqualTo("Set");
			assertThat(view.settings.password.getHelperText()).isEqualTo("Leave empty to keep the password set.");
			assertThat(view.settings.state.getText()).startsWith("Statements are sent. Last changed by ");
			assertThat(view.getElement().getTextRecursively()).doesNotContain("lrs secret");

			test(view.settings.test).click();

			assertThat(lrs.requests()).extracting((request) -> request.header("X-Experience-API-Version"))
				.containsExactly("1.0.3");

			test(view.settings.enabled).click();
			test(view.settings.save).click();
			assertThat(this.xapi.settings().orElseThrow().enabled()).isFalse();
			assertThat(this.jdbc.queryForObject("SELECT password FROM xapi_lrs", String.class)).isEqualTo("lrs secret");
			assertThat(view.settings.state.getText()).startsWith("Turned off: no statements are queued.");
		}
	}

	@Test
	@WithUserDetails(ADMIN)
	void failed_statements_show_the_lrs_last_answer_and_are_sent_again() {
		this.xapi.save(new LrsForm("https://lrs.example.invalid/xapi/", "servewell", "secret", true));
		failedStatement("completed");

		XapiView view = navigate(XapiView.class);

		assertThat(view.statements.counts.getText()).isEqualTo("0 waiting · 0 sent · 1 failed");
		assertThat(test(view.statements.failures).size()).isOne();
		assertThat(test(view.statements.failures).getCellComponent(0, 0).getElement().getTextRecursively())
			.startsWith("completed");
		assertThat(test(view.statements.failures).getCellComponent(0, 1).getElement().getTextRecursively())
			.isEqualTo("6 attempts · last response 500" + "The LRS answered HTTP 500.");

		test(view.statements.sendAgain).click();

		assertThat(view.statements.counts.getText()).isEqualTo("1 waiting · 0 sent · 0 failed");
		assertThat(test(view.statements.failures).size()).isZero();
		assertThat(view.statements.sendAgain.isEnabled()).isFalse();
	}

	@Test
	@WithUserDetails(ADMIN)
	void endpoint_with_a_password_in_it_is_refused_beside_the_field_and_nothing_is_set() {
		XapiView view = navigate(XapiView.class);
		test(view.settings.endpoint).setValue("https://key:secret@lrs.example.invalid/xapi/");
		test(view.settings.username).setValue("servewell");
		test(view.settings.password).setValue("secret");
		test(view.settings.save).click();

		assertThat(view.settings.endpoint.isInvalid()).isTrue();
		assertThat(view.settings.endpoint.getErrorMessage()).startsWith("Take the user name and password out");
		assertThat(this.xapi.settings()).isEmpty();
	}

	@Test
	@WithUserDetails(ADMIN)
	void a_german_speaking_administrator_reads_the_xapi_page_and_its_refusals_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		XapiView view = navigate(XapiView.class);

		assertThat(view.getPageTitle()).isEqualTo("xAPI");
		assertThat(view.getElement().getTextRecursively())
			.contains("Learning Record Store", "0 wartend · 0 gesendet · 0 fehlgeschlagen",
					"Fehlgeschlagene erneut senden")
			.doesNotContain("Send failed ones again");
		assertThat(view.settings.enabled.getLabel()).isEqualTo("Statements senden");
		test(view.settings.endpoint).setValue("https://key:secret@lrs.example.invalid/xapi/");
		test(view.settings.username).setValue("servewell");
		test(view.settings.password).setValue("secret");
		test(view.settings.save).click();
		assertThat(view.settings.endpoint.getErrorMessage()).startsWith("Entfernen Sie Benutzername und Passwort");
	}

	@Test
	@WithUserDetails(HR)
	void hr_cannot_open_the_xapi_page_and_the_service_refuses_them_too() {
		navigate("admin/xapi", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(XapiView.class);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.xapi::settings);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.xapi::overview);
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_cannot_open_the_xapi_page() {
		navigate("admin/xapi", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(XapiView.class);
	}

	/** As if the delivery job had tried six times and the LRS answered 500 each time. */
	private void failedStatement(String verb) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.jdbc.update(
				"INSERT INTO xapi_statement (statement_id, verb, payload, status, attempts, last_status_code, "
						+ "last_error, created_at) VALUES (?, ?, ?, 'FAILED', 6, 500, ?, ?)",
				UUID.randomUUID().toString(), verb, "{}", "The LRS answered HTTP 500.", Timestamp.from(Instant.now())));
	}

}
