package org.servewell.web.ui;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servewell.hiring.HiringRefusedException;
import org.servewell.learning.QuizRefusedException;
import org.servewell.shared.Said;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
	void a_german_page_gets_the_unexpected_error_in_german_with_its_reference() {
		UI page = new UI();
		page.setLocale(Locale.GERMAN);
		UI.setCurrent(page);
		try {
			String message = ErrorReporting.report(new IllegalStateException("database said no"));

			assertThat(message).startsWith("Bei uns ist etwas schiefgelaufen")
				.containsPattern("Referenz [A-Z2-9]{8}\\.$");
		}
		finally {
			UI.setCurrent(null);
		}
	}

	@Test
	void refused_action_tells_the_person_they_lack_permission_without_a_stack_trace() {
		String message = ErrorReporting.report(new RuntimeException(new AuthorizationDeniedException("Access Denied")));

		assertThat(message).startsWith("You do not have permission to do that.");
	}

	@Test
	void database_that_does_not_answer_tells_the_person_nothing_was_saved_and_to_try_again_in_a_minute(
			CapturedOutput output) {
		String message = ErrorReporting.report(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out")));

		Matcher reference = Pattern.compile("reference ([A-Z2-9]{8})\\.").matcher(message);
		assertThat(reference.find()).as(message).isTrue();
		assertThat(message).startsWith("The database is not answering just now, so nothing was saved.")
			.contains("try again in a minute")
			.doesNotContain("HikariPool");
		assertThat(output).contains("Database unavailable, reference " + reference.group(1));
	}

	@Test
	void connection_dropped_mid_save_is_reported_as_the_database_not_answering() {
		String message = ErrorReporting
			.report(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection",
					new SQLException("No operations allowed after connection closed.", "08003"))));

		assertThat(message).startsWith("The database is not answering just now, so nothing was saved.");
	}

	@Test
	void rollback_on_a_connection_the_pool_closed_after_it_dropped_is_reported_as_the_database_not_answering()
			throws SQLException {
		SQLException closed;
		try (HikariDataSource pool = new HikariDataSource()) {
			pool.setJdbcUrl("jdbc:h2:mem:error-reporting-closed-connection");
			Connection connection = pool.getConnection();
			connection.close();
			closed = catchThrowableOfType(SQLException.class, connection::rollback);
		}

		String message = ErrorReporting
			.report(new JpaSystemException(new RuntimeException("Unable to rollback against JDBC Connection", closed)));

		assertThat(message).startsWith("The database is not answering just now, so nothing was saved.");
	}

	@Test
	void refusal_that_no_view_caught_is_shown_in_core_words_without_a_reference_or_an_error_in_the_log(
			CapturedOutput output) {
		String message = ErrorReporting
			.report(new RuntimeException(new QuizRefusedException("This attempt was submitted; start a new one.")));

		assertThat(message).isEqualTo("This attempt was submitted; start a new one.");
		assertThat(output).doesNotContain("Unexpected error");
	}

	@Test
	void refusal_on_a_german_page_reads_in_german_and_without_a_page_in_english() {
		QuizRefusedException refusal = new QuizRefusedException(new Said("learning.quiz-passed"));
		UI page = new UI();
		page.setLocale(Locale.GERMAN);
		UI.setCurrent(page);
		try {
			assertThat(ErrorReporting.report(new RuntimeException(refusal)))
				.isEqualTo("Sie haben dieses Quiz bereits bestanden.");
			assertThat(ErrorReporting.reasons(refusal)).containsExactly("Sie haben dieses Quiz bereits bestanden.");
		}
		finally {
			UI.setCurrent(null);
		}

		assertThat(ErrorReporting.refused(refusal)).isEqualTo("You have already passed this quiz.");
	}

	@Test
	void refusal_listing_problems_gives_each_problem_and_one_without_gives_its_message() {
		assertThat(ErrorReporting.reasons(new HiringRefusedException("Not submitted.",
				List.of("Rate 'Care for people'.", "Choose a recommendation."))))
			.containsExactly("Rate 'Care for people'.", "Choose a recommendation.");
		assertThat(ErrorReporting.reasons(new HiringRefusedException("This candidate was already hired.")))
			.containsExactly("This candidate was already hired.");
	}

	@Test
	void every_report_gets_its_own_reference() {
		assertThat(ErrorReporting.reference()).isNotEqualTo(ErrorReporting.reference()).hasSize(8);
	}

}
