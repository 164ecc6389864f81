package org.servewell.learning;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.shared.ResultPage;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Completions as another system reads them: a page at a time, oldest first, and changed
 * since its last read, which includes certificates that expired since. Subclasses choose
 * the database.
 */
@SpringBootTest
abstract class CompletionRecordsTests {

	private static final String ADMIN = TestPeople.ADMIN;

	@Autowired
	CompletionRecords records;

	@Autowired
	CompletionRepository completions;

	@Autowired
	CourseBank bank;

	@Autowired
	PeopleService people;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void completions_of_a_person_come_a_page_at_a_time_oldest_first_with_the_total() {
		long person = TestPeople.id(this.people, TestPeople.create(this.people, Role.LEARNER));
		Completion first = complete(person, 30, null);
		Completion second = complete(person, 20, null);
		Completion third = complete(person, 10, null);

		ResultPage<CompletionRecord> page0 = SignedIn.as(ADMIN, () -> this.records.page(person, null, null, 0, 2),
				Roles.ADMIN);
		ResultPage<CompletionRecord> page1 = SignedIn.as(ADMIN, () -> this.records.page(person, null, null, 1, 2),
				Roles.ADMIN);

		assertThat(page0.items()).extracting(CompletionRecord::id).containsExactly(first.getId(), second.getId());
		assertThat(page1.items()).extracting(CompletionRecord::id).containsExactly(third.getId());
		assertThat(page0.totalItems()).isEqualTo(3);
		assertThat(page0.totalPages()).isEqualTo(2);
	}

	@Test
	void changed_since_holds_new_completions_and_certificates_that_expired_since_but_not_older_ones() {
		long person = TestPeople.id(this.people, TestPeople.create(this.people, Role.LEARNER));
		LocalDate today = LocalDate.now(this.clock);
		complete(person, 10, null);
		Completion lapsed = complete(person, 10, today.minusDays(1));
		complete(person, 10, today.plusDays(1));
		Completion recent = complete(person, 0, null);
		Instant since = Instant.now(this.clock).minus(3, ChronoUnit.DAYS);

		ResultPage<CompletionRecord> changed = SignedIn.as(ADMIN, () -> this.records.page(person, null, since, 0, 10),
				Roles.HR);

		assertThat(changed.items()).extracting(CompletionRecord::id).containsExactly(lapsed.getId(), recent.getId());
		assertThat(changed.items().get(0).expired()).isTrue();
		assertThat(changed.items().get(0).changedAt())
			.isEqualTo(today.minusDays(1).atStartOfDay(this.clock.getZone()).toInstant());
		assertThat(changed.items().get(1).expired()).isFalse();
	}

	@Test
	void a_completion_withdrawn_since_the_last_read_comes_again_with_when_it_was_withdrawn() {
		long person = TestPeople.id(this.people, TestPeople.create(this.people, Role.LEARNER));
		Completion withdrawn = complete(person, 30, null);
		complete(person, 20, null);
		Instant at = Instant.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		Completion loaded = this.completions.findById(withdrawn.getId()).orElseThrow();
		loaded.withdraw(at, person, "Awarded in error");
		this.completions.save(loaded);

		ResultPage<CompletionRecord> changed = SignedIn.as(ADMIN,
				() -> this.records.page(person, null, at.minusSeconds(60), 0, 10), Roles.ADMIN);

		assertThat(changed.items()).singleElement().satisfies((record) -> {
			assertThat(record.id()).isEqualTo(withdrawn.getId());
			assertThat(record.withdrawnAt()).isEqualTo(at);
			assertThat(record.changedAt()).isEqualTo(at);
			assertThat(record.expired()).isFalse();
		});
	}

	@Test
	void unknown_course_is_not_found_and_managers_may_not_read_completions() {
		String manager = TestPeople.create(this.people, Role.MANAGER);

		assertThatExceptionOfType(LearningNotFoundException.class).isThrownBy(
				() -> SignedIn.as(ADMIN, () -> this.records.page(null, "no-such-course", null, 0, 10), Roles.ADMIN));
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> SignedIn.as(manager, () -> this.records.page(null, null, null, 0, 10), Roles.MANAGER));
	}

	/**
	 * A path completion recorded {@code daysAgo} days ago, expiring on {@code expiresOn}
	 * (null for never).
	 */
	private Completion complete(long person, int daysAgo, LocalDate expiresOn) {
		BankPath path = this.bank.paths().getFirst();
		String number = UUID.randomUUID().toString().substring(0, 12);
		Completion saved = this.completions
			.save(Completion.ofPath(person, "Learner", path.title(), path.id(), "T-" + number, number.substring(0, 10))
				.expiringOn(expiresOn));
		Instant completedAt = Instant.now(this.clock).minus(daysAgo, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		// In a transaction of its own: connections are not in auto-commit mode.
		this.transactions.executeWithoutResult((status) -> this.jdbc
			.update("update completion set completed_at = ? where id = ?", Timestamp.from(completedAt), saved.getId()));
		return saved;
	}

}
