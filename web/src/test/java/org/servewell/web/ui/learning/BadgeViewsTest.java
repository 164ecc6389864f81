package org.servewell.web.ui.learning;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.upload.Upload;
import org.junit.jupiter.api.Test;
import org.servewell.learning.AttemptResult;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.NewLearners;
import org.servewell.web.ViewTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A learner takes their Open Badge from My learning, and anyone brings the file to the
 * verify page and reads whether it is genuine.
 */
class BadgeViewsTest extends ViewTest {

	private static final String COURSE = "first-time-every-time";

	@Autowired
	NewLearners learners;

	@Test
	void learner_downloads_the_badge_picture_and_the_verify_page_finds_it_genuine() {
		Completed done = complete();
		byte[] svg = SignedIn.as(done.email(), () -> download(navigate(ResultView.class, done.attemptId())),
				Roles.LEARNER);

		VerifyView verify = navigate(VerifyView.class);
		test(find(Upload.class).from(verify.badgeCheck).single()).upload("badge.svg", "image/svg+xml", svg);

		assertThat(new String(svg, StandardCharsets.UTF_8)).contains("<openbadges:credential verify=\"ey");
		assertThat(verify.badgeCheck.answer.getText()).startsWith("Genuine: “Service first time, every time”")
			.contains("issued by Servewell");
		assertThat(verify.badgeCheck.answer.getClassNames()).contains("sw-verify-valid");
	}

	@Test
	void a_badge_changed_after_download_is_said_not_to_be_genuine_in_the_readers_language() {
		Completed done = complete();
		String svg = new String(
				SignedIn.as(done.email(), () -> download(navigate(ResultView.class, done.attemptId())), Roles.LEARNER),
				StandardCharsets.UTF_8);
		String jwt = svg.replaceAll("(?s).*verify=\"([^\"]+)\".*", "$1");
		String[] parts = jwt.split("\\.");
		String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("Service first time, every time", "Service Grandmaster");
		String forged = parts[0] + "."
				+ java.util.Base64.getUrlEncoder()
					.withoutPadding()
					.encodeToString(payload.getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];

		UI.getCurrent().setLocale(Locale.GERMAN);
		VerifyView verify = navigate(VerifyView.class);
		test(find(Upload.class).from(verify.badgeCheck).single()).upload("badge.jwt", "text/plain",
				forged.getBytes(StandardCharsets.UTF_8));

		assertThat(verify.badgeCheck.answer.getText()).startsWith("Nicht echt");
		assertThat(verify.badgeCheck.answer.getClassNames()).contains("sw-verify-invalid");
	}

	@Test
	void my_learning_offers_the_signed_credential_and_its_json_beside_the_picture() {
		String email = complete().email();

		String page = SignedIn.as(email, () -> navigate(MyLearningView.class).getElement().getTextRecursively(),
				Roles.LEARNER);

		assertThat(page).contains("Open Badge (SVG)", "Signed credential (JWT)", "JSON");
	}

	private byte[] download(ResultView page) {
		Anchor link = find(Anchor.class).from(page).withClassName("sw-badge-link").single();
		ByteArrayOutputStream file = new ByteArrayOutputStream();
		test(link).download(file);
		return file.toByteArray();
	}

	private Completed complete() {
		String email = this.learners.assigned("badged", COURSE);
		AttemptResult result = this.learners.complete(email, COURSE);
		assertThat(result.completionId()).isNotNull();
		return new Completed(email, result.attemptId());
	}

	private record Completed(String email, long attemptId) {
	}

}
