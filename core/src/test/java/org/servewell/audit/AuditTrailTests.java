package org.servewell.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The audit log across subjects, on the embedded database and on a MySQL-protocol server.
 * Each test records under subjects of its own, so other tests' entries never change what
 * it sees.
 */
abstract class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void trainer_finds_who_did_what_to_any_subject_newest_first_by_action_subject_person_and_date() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String tess = "tess-" + run + "@test.servewell.org";
		String omar = "omar-" + run + "@test.servewell.org";
		Instant before = Instant.now().minusSeconds(1);
		record(tess, "PUBLISHED", "course alpha-" + run, "Published version 1.");
		record(omar, "RETIRED", "course beta-" + run, "Retired version 1.");
		record(tess, "DRAFT_STARTED", "course beta-" + run, "Started a draft.");

		List<AuditEntry> all = search(new AuditFilter(null, run, null, null, null));
		assertThat(all).extracting(AuditEntry::action).containsExactly("DRAFT_STARTED", "RETIRED", "PUBLISHED");
		assertThat(all.get(0).actor()).isEqualTo(tess);

		assertThat(search(new AuditFilter("RETIRED", run, null, null, null))).extracting(AuditEntry::subject)
			.containsExactly("course beta-" + run);
		assertThat(search(new AuditFilter(null, "BETA-" + run.toUpperCase(), null, null, null)))
			.extracting(AuditEntry::action)
			.containsExactly("DRAFT_STARTED", "RETIRED");
		assertThat(search(new AuditFilter(null, run, "TESS-" + run, null, null))).extracting(AuditEntry::action)
			.containsExactly("DRAFT_STARTED", "PUBLISHED");
		assertThat(search(new AuditFilter(null, run, null, before, Instant.now().plusSeconds(60)))).hasSize(3);
		assertThat(search(new AuditFilter(null, run, null, Instant.now().plusSeconds(60), null))).isEmpty();
		assertThat(search(new AuditFilter(null, run, null, null, before))).isEmpty();
		assertThat(SignedIn.as(tess, () -> this.audit.actions(), Roles.TRAINER)).contains("DRAFT_STARTED", "PUBLISHED",
				"RETIRED");
	}

	@Test
	void log_is_read_a_page_at_a_time_with_the_count_of_every_match() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		for (int i = 1; i <= 5; i++) {
			record("pager-" + run + "@test.servewell.org", "DETAILS_CHANGED", "course paged-" + run, "Change " + i);
		}
		AuditFilter filter = new AuditFilter(null, "paged-" + run, null, null, null);

		List<AuditEntry> first = SignedIn.as("admin@test", () -> this.audit.search(filter, 0, 2), Roles.ADMIN);
		List<AuditEntry> third = SignedIn.as("admin@test", () -> this.audit.search(filter, 2, 2), Roles.ADMIN);

		assertThat(first).extracting(AuditEntry::detail).containsExactly("Change 5", "Change 4");
		assertThat(third).extracting(AuditEntry::detail).containsExactly("Change 1");
		assertThat(SignedIn.as("admin@test", () -> this.audit.count(filter), Roles.ADMIN)).isEqualTo(5);
	}

	@Test
	void percent_and_underscore_in_a_filter_are_taken_literally() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		record("literal-" + run + "@test.servewell.org", "COURSE_CREATED", "course a_b-" + run, "Created.");
		record("literal-" + run + "@test.servewell.org", "COURSE_CREATED", "course axb-" + run, "Created.");

		assertThat(search(new AuditFilter(null, "a_b-" + run, null, null, null))).extracting(AuditEntry::subject)
			.containsExactly("course a_b-" + run);
		assertThat(search(new AuditFilter(null, "%-" + run, null, null, null))).isEmpty();
	}

	@Test
	void learner_hr_and_manager_cannot_read_the_log() {
		for (String role : List.of(Roles.LEARNER, Roles.HR, Roles.MANAGER)) {
			assertThatExceptionOfType(AuthorizationDeniedException.class).as(role)
				.isThrownBy(() -> SignedIn.as("someone@test", () -> this.audit.search(AuditFilter.ANY, 0, 50), role));
		}
	}

	@Test
	void filter_text_longer_than_any_subject_is_refused() {
		AuditFilter filter = new AuditFilter(null, "x".repeat(AuditFilter.MAX_TEXT_LENGTH + 1), null, null, null);

		assertThatExceptionOfType(ConstraintViolationException.class)
			.isThrownBy(() -> SignedIn.as("trainer@test", () -> this.audit.count(filter), Roles.TRAINER));
	}

	private List<AuditEntry> search(AuditFilter filter) {
		return SignedIn.as("trainer@test", () -> this.audit.search(filter, 0, 50), Roles.TRAINER);
	}

	/**
	 * Records an entry as the person (ties in time are ordered by when they were
	 * written).
	 */
	private void record(String email, String action, String subject, String detail) {
		SignedIn.run(email,
				() -> this.transaction.executeWithoutResult((status) -> this.audit.record(action, subject, detail)),
				Roles.TRAINER);
	}

}
