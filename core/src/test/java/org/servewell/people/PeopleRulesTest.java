package org.servewell.people;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PeopleRulesTest {

	@Test
	void email_is_compared_without_case_or_surrounding_spaces() {
		assertThat(PeopleRules.normalizeEmail("  Lena.Learner@Example.ORG ")).isEqualTo("lena.learner@example.org");
	}

	@Test
	void short_password_is_refused_with_the_minimum_length() {
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> PeopleRules.checkPassword("too-short", "a@example.org"))
			.withMessageContaining("at least 12 characters")
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("password"));
	}

	@Test
	void password_longer_than_bcrypt_reads_is_refused() {
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> PeopleRules.checkPassword("x".repeat(73), "a@example.org"))
			.withMessageContaining("at most 72");
	}

	@Test
	void password_equal_to_the_email_is_refused() {
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> PeopleRules.checkPassword("Lena@Example.org", "lena@example.org"))
			.withMessageContaining("must not be the email");
	}

	@Test
	void common_password_is_refused_with_a_plain_reason() {
		for (String common : new String[] { "password1234", "Password12345", "qwertyuiop123" }) {
			assertThatExceptionOfType(InvalidPersonException.class).as(common)
				.isThrownBy(() -> PeopleRules.checkPassword(common, "a@example.org"))
				.withMessageContaining("too common")
				.satisfies((ex) -> assertThat(ex.field()).isEqualTo("password"));
		}
	}

	@Test
	void short_common_password_is_refused_too() {
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> PeopleRules.checkPassword("password123", "a@example.org"))
			.withMessageContaining("at least 12 characters");
	}

	@Test
	void password_made_of_two_common_passwords_is_refused() {
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> PeopleRules.checkPassword("passwordpass", "a@example.org"))
			.withMessageContaining("too common");
	}

	@Test
	void a_long_passphrase_is_accepted() {
		assertThatNoException().isThrownBy(() -> PeopleRules.checkPassword("correct horse battery", "a@example.org"));
	}

	@Test
	void administrator_cannot_disable_themself() {
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> PeopleRules.checkSelfEdit(true, false, Set.of(Role.ADMIN)))
			.withMessageContaining("cannot disable your own account");
	}

	@Test
	void administrator_cannot_drop_their_own_administrator_role() {
		assertThatExceptionOfType(InvalidPersonException.class)
			.isThrownBy(() -> PeopleRules.checkSelfEdit(true, true, Set.of(Role.LEARNER)))
			.withMessageContaining("cannot remove your own Administrator role");
	}

	@Test
	void administrator_may_disable_someone_else() {
		assertThatNoException().isThrownBy(() -> PeopleRules.checkSelfEdit(false, false, Set.of(Role.LEARNER)));
	}

	@Test
	void administrators_may_give_every_role_and_hr_only_staff_roles() {
		assertThat(PeopleRules.assignableBy(Set.of(Role.ADMIN))).containsExactlyInAnyOrder(Role.values());
		assertThat(PeopleRules.assignableBy(Set.of(Role.HR))).containsExactlyInAnyOrder(Role.LEARNER, Role.MANAGER);
		assertThat(PeopleRules.assignableBy(Set.of(Role.TRAINER, Role.MANAGER))).isEmpty();
	}

}
