package org.servewell.web.ui.apiaccess;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.servewell.apiaccess.ApiCaller;
import org.servewell.apiaccess.ApiScope;
import org.servewell.apiaccess.ApiTokenForm;
import org.servewell.apiaccess.ApiTokenService;
import org.servewell.apiaccess.ApiTokenSummary;
import org.servewell.audit.AuditTrail;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.HomeView;
import org.servewell.web.ui.NotFoundView;
import org.servewell.web.ui.components.Formats;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ApiTokensViewTest extends ViewTest {

	@Autowired
	ApiTokenService tokens;

	@Autowired
	AuditTrail audit;

	@Test
	@WithUserDetails(ADMIN)
	void administrator_creates_a_token_whose_secret_is_shown_once_and_works_until_revoked() {
		ApiTokensView view = navigate(ApiTokensView.class);
		test(view.creator.name).setValue("Payroll sync");
		view.creator.scope.setValue(ApiScope.READ_WRITE);
		view.creator.expiresOn.setValue(LocalDate.now().plusDays(30));
		test(view.creator.create).click();

		String secret = view.creator.secret.getValue();
		assertThat(view.creator.secret.isVisible()).isTrue();
		assertThat(secret).startsWith("sw_").hasSizeGreaterThan(40);
		assertThat(view.creator.secretNote.getText()).contains("cannot show it again");
		ApiTokenSummary listed = this.tokens.list().get(0);
		assertThat(listed.name()).isEqualTo("Payroll sync");
		assertThat(test(view.table.getContent()).getCellText(0, 0)).isEqualTo("Payroll sync");
		assertThat(test(view.table.getContent()).getCellText(0, 1)).isEqualTo(secret.substring(0, 12) + "…")
			.doesNotContain(secret);
		// The last day chosen, not the midnight after it at which the token stops.
		assertThat(test(view.table.getContent()).getCellText(0, 4))
			.isEqualTo(Formats.DAY.format(LocalDate.now().plusDays(30)));
		assertThat(view.creator.shown.copyButton().getText()).isEqualTo("Copy secret");
		assertThat(this.tokens.authenticate(secret)).get()
			.extracting(ApiCaller::email, ApiCaller::scope)
			.containsExactly(ADMIN, ApiScope.READ_WRITE);
		assertThat(this.audit.recent("api-token:" + listed.id(), 5)).hasSize(1);

		navigate(HomeView.class);
		ApiTokensView reopened = navigate(ApiTokensView.class);
		assertThat(reopened.creator.secret.isVisible()).isFalse();
		assertThat(reopened.creator.secret.getValue()).isEmpty();

		this.tokens.revoke(listed.id());
		assertThat(this.tokens.authenticate(secret)).isEmpty();
		assertThat(this.audit.recent("api-token:" + listed.id(), 5)).hasSize(2);
	}

	@Test
	@WithUserDetails(ADMIN)
	void a_token_without_a_name_is_refused_beside_the_field_and_nothing_is_created() {
		int before = this.tokens.list().size();
		ApiTokensView view = navigate(ApiTokensView.class);
		test(view.creator.create).click();

		assertThat(view.creator.name.isInvalid()).isTrue();
		assertThat(view.creator.name.getErrorMessage()).isEqualTo("Enter a name saying what the token is for.");
		assertThat(view.creator.secret.isVisible()).isFalse();
		assertThat(this.tokens.list()).hasSize(before);
	}

	@Test
	@WithUserDetails(HR)
	void hr_cannot_open_the_api_tokens_and_the_service_refuses_them_too() {
		navigate("admin/api-tokens", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(ApiTokensView.class);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.tokens::list);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
				() -> this.tokens.create(new ApiTokenForm("Sneaky", ApiScope.READ_WRITE, LocalDate.now().plusDays(3))));
	}

	@Test
	@WithUserDetails(TRAINER)
	void trainer_cannot_open_the_api_tokens() {
		navigate("admin/api-tokens", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(ApiTokensView.class);
	}

}
