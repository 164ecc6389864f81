package org.servewell.web.ui.webhooks;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;
import org.servewell.audit.AuditTrail;
import org.servewell.webhooks.DeliveryStatus;
import org.servewell.webhooks.DeliverySummary;
import org.servewell.webhooks.NewWebhook;
import org.servewell.webhooks.WebhookEvent;
import org.servewell.webhooks.WebhookForm;
import org.servewell.webhooks.WebhookService;
import org.servewell.webhooks.WebhookSummary;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.HomeView;
import org.servewell.web.ui.NotFoundView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class WebhooksViewTest extends ViewTest {

	@Autowired
	WebhookService webhooks;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	@WithUserDetails(ADMIN)
	void administrator_registers_a_webhook_sees_its_secret_once_and_queues_a_test_event() {
		WebhooksView view = navigate(WebhooksView.class);
		test(view.registration.name).setValue("Payroll events");
		test(view.registration.url).setValue("https://payroll.example.invalid/servewell");
		assertThat(view.registration.events.getValue()).as("every event chosen at first")
			.containsExactlyInAnyOrder(WebhookEvent.values());
		test(view.registration.register).click();

		String secret = view.registration.secret.field().getValue();
		assertThat(view.registration.secret.field().isVisible()).isTrue();
		assertThat(secret).startsWith("whsec_").hasSizeGreaterThan(40);
		assertThat(view.registration.secret.note().getText()).contains("cannot show it again");
		assertThat(view.registration.name.getValue()).as("the form is emptied for the next").isEmpty();
		WebhookSummary listed = this.webhooks.list().get(0);
		assertThat(listed.name()).isEqualTo("Payroll events");
		Grid<WebhookSummary> grid = view.webhooks.getContent();
		assertThat(text(test(grid).getCellComponent(0, 0))).contains("Payroll events")
			.contains("https://payroll.example.invalid/servewell")
			.doesNotContain(secret);
		assertThat(text(test(grid).getCellComponent(0, 0))).contains("Sends: Course completed, Person hired");
		assertThat(grid.getColumns()).as("one column, readable on a phone").hasSize(1);
		assertThat(this.audit.recent("webhook:" + listed.id(), 5)).hasSize(1);

		test(button(test(grid).getCellComponent(0, 0), "Send test")).click();

		DeliverySummary queued = this.webhooks.recentDeliveries().get(0);
		assertThat(queued.webhookId()).isEqualTo(listed.id());
		Grid<DeliverySummary> deliveries = view.deliveries.getContent();
		assertThat(text(test(deliveries).getCellComponent(0, 0))).contains("webhook.test").contains("Payroll events");
		assertThat(text(test(deliveries).getCellComponent(0, 1))).startsWith("Pending0 attempts · next attempt ");

		navigate(HomeView.class);
		WebhooksView reopened = navigate(WebhooksView.class);
		assertThat(reopened.registration.secret.field().isVisible()).isFalse();
		assertThat(reopened.registration.secret.field().getValue()).isEmpty();
		this.webhooks.delete(listed.id());
	}

	@Test
	@WithUserDetails(ADMIN)
	void failed_delivery_shows_the_receivers_last_answer_and_is_sent_again() {
		NewWebhook hook = this.webhooks.register(new WebhookForm("Flaky receiver", "https://flaky.example.invalid/hook",
				Set.of(WebhookEvent.COURSE_COMPLETED)));
		DeliverySummary test = this.webhooks.sendTest(hook.webhook().id());
		failAfterEveryAttempt(test.id());

		WebhooksView view = navigate(WebhooksView.class);
		Grid<DeliverySummary> grid = view.deliveries.getContent();
		int row = rowOf(grid, test.id());
		assertThat(text(test(grid).getCellComponent(row, 1)))
			.isEqualTo("Failed" + "6 attempts · last response 500" + "The receiver answered HTTP 500.");

		test(button(test(grid).getCellComponent(row, 2), "Send again")).click();

		DeliverySummary again = this.webhooks.recentDeliveries()
			.stream()
			.filter((delivery) -> delivery.id() == test.id())
			.findFirst()
			.orElseThrow();
		assertThat(again.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(again.attempts()).isZero();
		row = rowOf(grid, test.id());
		assertThat(text(test(grid).getCellComponent(row, 1))).startsWith("Pending");
		assertThat(test(grid).getCellComponent(row, 2).getChildren().count()).isZero();
		this.webhooks.delete(hook.webhook().id());
	}

	@Test
	@WithUserDetails(ADMIN)
	void url_with_a_password_is_refused_beside_the_field_and_nothing_is_registered() {
		int before = this.webhooks.list().size();
		WebhooksView view = navigate(WebhooksView.class);
		test(view.registration.name).setValue("Leaky");
		test(view.registration.url).setValue("https://user:pass@hr.example.invalid/hook");
		test(view.registration.register).click();

		assertThat(view.registration.url.isInvalid()).isTrue();
		assertThat(view.registration.url.getErrorMessage()).startsWith("Take the user name and password out");
		assertThat(view.registration.secret.field().isVisible()).isFalse();
		assertThat(this.webhooks.list()).hasSize(before);
	}

	@Test
	@WithUserDetails(ADMIN)
	void a_webhook_without_a_name_or_events_is_refused_beside_the_fields() {
		int before = this.webhooks.list().size();
		WebhooksView view = navigate(WebhooksView.class);
		view.registration.events.clear();
		test(view.registration.register).click();

		assertThat(view.registration.name.getErrorMessage()).isEqualTo("Enter a name saying what the webhook is for.");
		assertThat(view.registration.events.isInvalid()).isTrue();
		assertThat(view.registration.events.getErrorMessage()).isEqualTo("Choose at least one event to send.");
		assertThat(this.webhooks.list()).hasSize(before);
	}

	@Test
	@WithUserDetails(HR)
	void hr_cannot_open_the_webhooks_and_the_service_refuses_them_too() {
		navigate("admin/webhooks", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(WebhooksView.class);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.webhooks::list);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.webhooks
			.register(new WebhookForm("Sneaky", "https://x.example.invalid", Set.of(WebhookEvent.PERSON_HIRED))));
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_cannot_open_the_webhooks() {
		navigate("admin/webhooks", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(WebhooksView.class);
	}

	/**
	 * As if the delivery job had tried six times and the receiver answered 500 each time.
	 */
	private void failAfterEveryAttempt(long deliveryId) {
		new TransactionTemplate(this.transactions).executeWithoutResult((status) -> this.jdbc.update(
				"UPDATE webhook_delivery SET status = 'FAILED', attempts = 6, last_status_code = 500, "
						+ "last_error = 'The receiver answered HTTP 500.', next_attempt_at = NULL WHERE id = ?",
				deliveryId));
	}

	private static int rowOf(Grid<DeliverySummary> grid, long deliveryId) {
		List<DeliverySummary> items = grid.getListDataView().getItems().toList();
		for (int row = 0; row < items.size(); row++) {
			if (items.get(row).id() == deliveryId) {
				return row;
			}
		}
		throw new AssertionError("No row for delivery " + deliveryId);
	}

	private static Button button(Component cell, String text) {
		if (cell instanceof Button button) {
			assertThat(button.getText()).isEqualTo(text);
			return button;
		}
		return cell.getElement()
			.getChildren()
			.flatMap((child) -> Stream.concat(Stream.of(child), child.getChildren()))
			.map(Element::getComponent)
			.flatMap(Optional::stream)
			.filter(Button.class::isInstance)
			.map(Button.class::cast)
			.filter((button) -> button.getText().equals(text))
			.findFirst()
			.orElseThrow();
	}

	private static String text(Component component) {
		return component.getElement().getTextRecursively();
	}

}
