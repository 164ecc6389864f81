package org.servewell.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Administering webhooks: which URLs are refused and why, who may do what, what
 * deactivating and deleting do, and the outbox kept bounded. Nothing here is sent (the
 * URLs lead nowhere). Subclasses choose the database.
 */
@SpringBootTest
abstract class WebhookAdministrationTests {

	@Autowired
	WebhookService webhooks;

	@Autowired
	WebhookDeliveryJob job;

	@Autowired
	PeopleService people;

	@Autowired
	AuditTrail audit;

	@Test
	void urls_that_cannot_receive_webhooks_are_refused_with_what_to_fix_and_nothing_is_registered() {
		int before = admin(this.webhooks::list).size();

		assertThat(refusal("ftp://files.example.com/in")).contains("https://").contains("ftp: URLs cannot receive");
		assertThat(refusal("https://user:secret@hr.example.com/hook")).contains("Take the user name and password out");
		assertThat(refusal("hr.example.com/hook")).contains("Enter a URL starting with https://");
		assertThat(refusal("https:///hook")).contains("needs a host name");
		assertThat(refusal("https://hr.example.com/a b")).contains("not a valid URL");
		assertThat(refusal("https://hr.example.com/hook#part")).contains("Remove the part after #");
		assertThat(admin(this.webhooks::list)).hasSize(before);
	}

	@Test
	void a_form_without_events_or_name_is_refused() {
		assertThatExceptionOfType(jakarta.validation.ConstraintViolationException.class)
			.isThrownBy(() -> admin(() -> this.webhooks.register(new WebhookForm(" ", "https://x.example.com", null))))
			.withMessageContaining("Choose at least one event to send.")
			.withMessageContaining("Enter a name saying what the webhook is for.");
	}

	@Test
	void only_administrators_manage_webhooks() {
		NewWebhook hook = register("Guarded");
		for (Role role : new Role[] { Role.HR, Role.TRAINER, Role.MANAGER, Role.LEARNER }) {
			String email = TestPeople.create(this.people, role);
			String name = role.name();
			Callable<?>[] actions = { this.webhooks::list, this.webhooks::recentDeliveries,
					() -> this.webhooks.register(form("Sneaky")), () -> this.webhooks.sendTest(hook.webhook().id()),
					() -> this.webhooks.sendAgain(1), () -> this.webhooks.deactivate(hook.webhook().id()), () -> {
						this.webhooks.delete(hook.webhook().id());
						return null;
					} };
			for (Callable<?> action : actions) {
				assertThatExceptionOfType(AuthorizationDeniedException.class)
					.isThrownBy(() -> SignedIn.as(email, action, name));
			}
		}
		assertThat(admin(this.webhooks::list)).extracting(WebhookSummary::id).contains(hook.webhook().id());
		admin(() -> {
			this.webhooks.delete(hook.webhook().id());
			return null;
		});
	}

	@Test
	void registering_shows_the_secret_once_and_lists_the_webhook_without_it() {
		NewWebhook hook = register("Listed");

		assertThat(hook.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
		assertThat(hook.toString()).doesNotContain(hook.secret());
		WebhookSummary listed = admin(this.webhooks::list).stream()
			.filter((webhook) -> webhook.id() == hook.webhook().id())
			.findFirst()
			.orElseThrow();
		assertThat(listed.toString()).doesNotContain(hook.secret());
		assertThat(listed.url()).isEqualTo("https://receiver.invalid/servewell");
		assertThat(listed.events()).containsExactlyInAnyOrder(WebhookEvent.COURSE_COMPLETED, WebhookEvent.PERSON_HIRED);
		assertThat(listed.active()).isTrue();
		assertThat(auditOf(hook)).extracting(AuditEntry::action).containsExactly("WEBHOOK_REGISTERED");
		delete(hook);
	}

	@Test
	void deactivated_webhook_gives_up_its_pending_deliveries_and_refuses_tests() {
		NewWebhook hook = register("Retired");
		DeliverySummary pending = admin(() -> this.webhooks.sendTest(hook.webhook().id()));

		WebhookSummary deactivated = admin(() -> this.webhooks.deactivate(hook.webhook().id()));

		assertThat(deactivated.active()).isFalse();
		DeliverySummary abandoned = delivery(pending.id());
		assertThat(abandoned.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(abandoned.lastError()).contains("deactivated");
		assertThat(org.assertj.core.api.Assertions
			.catchThrowable(() -> admin(() -> this.webhooks.sendTest(hook.webhook().id()))))
			.isInstanceOf(WebhookRefusedException.class)
			.hasMessageContaining("is deactivated");
		assertThat(org.assertj.core.api.Assertions
			.catchThrowable(() -> admin(() -> this.webhooks.sendAgain(pending.id()))))
			.isInstanceOf(WebhookRefusedException.class);
		delete(hook);
		assertThat(auditOf(hook)).extracting(AuditEntry::action)
			.containsExactly("WEBHOOK_DELETED", "WEBHOOK_DEACTIVATED", "WEBHOOK_REGISTERED");
	}

	@Test
	void deleting_a_webhook_deletes_its_deliveries() {
		NewWebhook hook = register("Gone");
		DeliverySummary pending = admin(() -> this.webhooks.sendTest(hook.webhook().id()));

		delete(hook);

		assertThat(admin(this.webhooks::list)).extracting(WebhookSummary::id).doesNotContain(hook.webhook().id());
		assertThat(admin(this.webhooks::recentDeliveries)).extracting(DeliverySummary::id).doesNotContain(pending.id());
		assertThatExceptionOfType(WebhookNotFoundException.class)
			.isThrownBy(() -> admin(() -> this.webhooks.sendTest(hook.webhook().id())));
	}

	@Test
	void old_failed_deliveries_are_deleted_after_90_days_and_recent_ones_kept() {
		NewWebhook hook = register("Bounded");
		DeliverySummary old = admin(() -> this.webhooks.sendTest(hook.webhook().id()));
		admin(() -> this.webhooks.deactivate(hook.webhook().id()));

		this.job.deleteOld(Instant.now().plus(Duration.ofDays(89)));
		assertThat(admin(this.webhooks::recentDeliveries)).extracting(DeliverySummary::id).contains(old.id());

		this.job.deleteOld(Instant.now().plus(Duration.ofDays(91)));
		assertThat(admin(this.webhooks::recentDeliveries)).extracting(DeliverySummary::id).doesNotContain(old.id());
		delete(hook);
	}

	private String refusal(String url) {
		InvalidWebhookException refused = org.assertj.core.api.Assertions
			.catchThrowableOfType(InvalidWebhookException.class, () -> admin(
					() -> this.webhooks.register(new WebhookForm("Bad", url, Set.of(WebhookEvent.PERSON_HIRED)))));
		assertThat(refused).as(url).isNotNull();
		assertThat(refused.field()).isEqualTo("url");
		return refused.getMessage();
	}

	private NewWebhook register(String name) {
		return admin(() -> this.webhooks.register(form(name)));
	}

	private static WebhookForm form(String name) {
		return new WebhookForm(name, " https://receiver.invalid/servewell ",
				Set.of(WebhookEvent.COURSE_COMPLETED, WebhookEvent.PERSON_HIRED));
	}

	private void delete(NewWebhook hook) {
		admin(() -> {
			this.webhooks.delete(hook.webhook().id());
			return null;
		});
	}

	private DeliverySummary delivery(long id) {
		return admin(this.webhooks::recentDeliveries).stream()
			.filter((delivery) -> delivery.id() == id)
			.findFirst()
			.orElseThrow();
	}

	private java.util.List<AuditEntry> auditOf(NewWebhook hook) {
		return SignedIn.as(TestPeople.ADMIN, () -> this.audit.recent("webhook:" + hook.webhook().id(), 10),
				Roles.ADMIN);
	}

	private static <T> T admin(Callable<T> action) {
		return SignedIn.as(TestPeople.ADMIN, action, Roles.ADMIN);
	}

}
