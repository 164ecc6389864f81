package org.servewell.xapi;

import java.util.List;
import java.util.concurrent.Callable;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.Test;
import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Setting the learning record store: which endpoints are refused and why, the password
 * never shown back, who may do what, and the test statement. Subclasses choose the
 * database.
 */
abstract class XapiAdministrationTests extends WithATestLrs {

	@Autowired
	PeopleService people;

	@Autowired
	AuditTrail audit;

	@Autowired
	JsonMapper json;

	@Test
	void administrator_sets_the_lrs_and_sees_its_password_only_as_set_and_the_change_in_the_audit_log() {
		assertThat(admin(this.xapi::settings)).isEmpty();

		LrsSettings saved = admin(
				() -> this.xapi.save(new LrsForm(" https://lrs.example.invalid/xapi/ ", "key", "the secret", true)));

		assertThat(saved.endpoint()).isEqualTo("https://lrs.example.invalid/xapi/");
		assertThat(saved.username()).isEqualTo("key");
		assertThat(saved.passwordSet()).isTrue();
		assertThat(saved.enabled()).isTrue();
		assertThat(saved.updatedBy()).isNotBlank();
		assertThat(saved.toString()).doesNotContain("the secret");
		assertThat(admin(this.xapi::settings)).get()
			.usingRecursiveComparison()
			.ignoringFields("updatedAt")
			.isEqualTo(saved);
		List<AuditEntry> trail = auditTrail();
		assertThat(trail).extracting(AuditEntry::action).first().isEqualTo("XAPI_LRS_SET");
		assertThat(trail.getFirst().detail()).contains("https://lrs.example.invalid/xapi/")
			.contains("with a new password")
			.doesNotContain("the secret");

		LrsSettings off = admin(
				() -> this.xapi.save(new LrsForm("https://lrs.example.invalid/xapi/", "key", "", false)));

		assertThat(off.enabled()).isFalse();
		assertThat(off.passwordSet()).as("an empty password keeps the one set").isTrue();
		assertThat(this.jdbc.queryForObject("SELECT password FROM xapi_lrs", String.class)).isEqualTo("the secret");
		assertThat(auditTrail().getFirst().detail()).contains("turned off").doesNotContain("new password");
	}

	@Test
	void endpoints_that_cannot_take_statements_are_refused_with_what_to_fix_and_nothing_is_set() {
		assertThat(refusal("ftp://lrs.example.invalid/xapi/")).contains("starting with https://");
		assertThat(refusal("https://key:secret@lrs.example.invalid/xapi/")).contains("in their own fields");
		assertThat(refusal("https:///xapi/")).contains("needs a host name");
		assertThat(refusal("https://lrs.example.invalid/x api/")).contains("not a valid URL");
		assertThat(refusal("https://lrs.example.invalid/xapi/?tenant=1")).contains("Remove the part after ? or #");
		assertThat(admin(this.xapi::settings)).isEmpty();
	}

	@Test
	void the_first_settings_need_a_password_and_a_form_without_endpoint_or_user_name_is_refused() {
		InvalidLrsException refused = catchThrowableOfType(InvalidLrsException.class,
				() -> admin(() -> this.xapi.save(new LrsForm("https://lrs.example.invalid/xapi/", "key", "", true))));
		assertThat(refused.field()).isEqualTo("password");
		assertThat(refused.getMessage()).contains("Enter the password");

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> admin(() -> this.xapi.save(new LrsForm(" ", "", "secret", true))))
			.withMessageContaining("Enter the LRS's xAPI endpoint")
			.withMessageContaining("Enter the user name (key)");
		assertThat(admin(this.xapi::settings)).isEmpty();
	}

	@Test
	void test_statement_reaches_the_lrs_with_the_administrator_as_actor_and_its_answer_is_shown() {
		assertThat(catchThrowableOfType(LrsNotSetException.class, () -> admin(this.xapi::sendTest)).getMessage())
			.contains("No learning record store is set yet");
		admin(() -> this.xapi.save(new LrsForm(this.lrs.endpoint(), Lrs.KEY, Lrs.SECRET, false)));

		LrsTestResult result = admin(this.xapi::sendTest);

		assertThat(result.accepted()).as("sent while turned off, to try it first").isTrue();
		assertThat(result.statusCode()).isEqualTo(200);
		Lrs.Request request = this.lrs.requests().getFirst();
		assertThat(request.path()).isEqualTo("/xapi/statements");
		assertThat(request.version()).isEqualTo("1.0.3");
		JsonNode statement = this.json.readTree(request.body()).get(0);
		assertThat(statement.get("actor").get("mbox").asString()).isEqualTo("mailto:" + TestPeople.ADMIN);
		assertThat(statement.get("verb").get("id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/interacted");
		assertThat(rows()).as("a test is not queued").isZero();

		admin(() -> this.xapi.save(new LrsForm(this.lrs.endpoint(), Lrs.KEY, "a wrong secret", false)));
		LrsTestResult refused = admin(this.xapi::sendTest);

		assertThat(refused.accepted()).isFalse();
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.error()).isEqualTo("The LRS answered HTTP 401.");
	}

	@Test
	void only_administrators_set_the_lrs_and_see_the_statements() {
		for (Role role : new Role[] { Role.HR, Role.TRAINER, Role.MANAGER, Role.LEARNER }) {
			String email = TestPeople.create(this.people, role);
			Callable<?>[] actions = { this.xapi::settings, this.xapi::overview, this.xapi::sendTest,
					this.xapi::sendFailedAgain,
					() -> this.xapi.save(new LrsForm("https://lrs.example.invalid/xapi/", "key", "secret", true)) };
			for (Callable<?> action : actions) {
				assertThatExceptionOfType(AuthorizationDeniedException.class)
					.isThrownBy(() -> SignedIn.as(email, action, role.name()));
			}
		}
		assertThat(admin(this.xapi::settings)).isEmpty();
	}

	private String refusal(String endpoint) {
		InvalidLrsException refused = catchThrowableOfType(InvalidLrsException.class,
				() -> admin(() -> this.xapi.save(new LrsForm(endpoint, "key", "secret", true))));
		assertThat(refused).as(endpoint).isNotNull();
		assertThat(refused.field()).isEqualTo("endpoint");
		return refused.getMessage();
	}

	private List<AuditEntry> auditTrail() {
		return admin(() -> this.audit.recent("xapi:lrs", 5));
	}

}
