package org.servewell.web.ui.learning;

import org.junit.jupiter.api.Test;
import org.servewell.badges.BadgeCheck;
import org.servewell.learning.CertificateService;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public certificate check answers a person checking by hand, not someone guessing
 * codes.
 */
class VerifyViewTest extends ViewTest {

	@Autowired
	CertificateService certificates;

	@Autowired
	BadgeCheck badges;

	@Test
	void checks_beyond_the_limit_a_minute_are_refused_with_a_plain_message() {
		VerifyView view = new VerifyView(this.certificates, this.badges, new CertificateCheckLimit(3));
		for (int check = 1; check <= 3; check++) {
			view.verify("AAAA-BBBB-CCC" + check);
			assertThat(view.answer.getText()).as("check " + check).startsWith("No certificate has this code");
		}

		view.verify("AAAA-BBBB-CCCD");

		assertThat(view.answer.getText()).startsWith("Too many checks from your network");
	}

}
