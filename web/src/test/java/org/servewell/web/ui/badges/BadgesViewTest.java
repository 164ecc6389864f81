package org.servewell.web.ui.badges;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.Test;
import org.servewell.badges.BadgeService;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.NotFoundView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An administrator reads who issues the badges and which keys sign them, and makes a new
 * key; nobody else reaches the page or the service.
 */
class BadgesViewTest extends ViewTest {

	@Autowired
	BadgeService badges;

	@Test
	@WithUserDetails(ADMIN)
	void administrator_makes_a_new_signing_key_after_confirming_and_the_old_stays_listed() {
		this.badges.statusList();
		BadgesView view = navigate(BadgesView.class);
		int before = this.badges.signingKeys().size();

		test(view.rotate).click();
		test(find(ConfirmDialog.class).single()).confirm();

		assertThat(this.badges.signingKeys()).hasSize(before + 1);
		assertThat(test(view.keys).size()).isEqualTo(before + 1);
		assertThat(test(view.keys).getRow(0).generation()).isEqualTo(before + 1);
		assertThat(view.getElement().getTextRecursively()).contains("/.well-known/jwks.json", "Servewell");
	}

	@Test
	@WithUserDetails(ADMIN)
	void a_german_speaking_administrator_reads_the_page_in_german() {
		UI.getCurrent().setLocale(Locale.GERMAN);

		BadgesView view = navigate(BadgesView.class);

		assertThat(view.getElement().getTextRecursively()).contains("Signaturschlüssel",
				"Neuen Signaturschlüssel erstellen");
	}

	@Test
	@WithUserDetails(HR)
	void hr_cannot_open_the_page_nor_make_a_key() {
		navigate("admin/badges", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(BadgesView.class);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.badges::rotateKey);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.badges::signingKeys);
	}

	@Test
	@WithUserDetails(LEARNER)
	void learner_cannot_open_the_page() {
		navigate("admin/badges", NotFoundView.class);

		assertThat(getCurrentView()).isNotInstanceOf(BadgesView.class);
	}

}
