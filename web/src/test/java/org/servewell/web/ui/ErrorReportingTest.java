package org.servewell.web.ui;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class ErrorReportingTest {

	@Test
	void unexpected_error_gives_the_person_a_plain_message_and_the_log_the_detail_under_the_same_reference(
			CapturedOutput output) {
		String message = ErrorReporting.report(new IllegalStateException("database said no: constraint uk_x"));

		Matcher reference = Pattern.compile("reference ([A-Z2-9]{8})\\.").matcher(message);
		assertThat(reference.find()).as(message).isTrue();
		assertThat(message).startsWith("Something went wrong on our side").doesNotContain("database said no");
		assertThat(output).contains("Unexpected error, reference " + reference.group(1))
			.contains("java.lang.IllegalStateException: database said no: constraint uk_x");
	}

	@Test
	void refused_action_tells_the_person_they_lack_permission_without_a_stack_trace() {
		String message = ErrorReporting.report(new RuntimeException(new AuthorizationDeniedException("Access Denied")));

		assertThat(message).startsWith("You do not have permission to do that.");
	}

	@Test
	void every_report_gets_its_own_reference() {
		assertThat(ErrorReporting.reference()).isNotEqualTo(ErrorReporting.reference()).hasSize(8);
	}

}
