package org.servewell.people;

import org.junit.jupiter.api.Test;
import org.servewell.people.domain.PersonRepository;
import org.servewell.shared.InstanceLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

@SpringBootTest
@Transactional
class FirstAdministratorTest {

	@Autowired
	PersonRepository people;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InstanceLock lock;

	private FirstAdministrator firstAdministrator(String email, String password) {
		return new FirstAdministrator(this.people, this.passwordEncoder, this.lock, email, password);
	}

	/**
	 * As on a first production start: every administrator disabled, whichever other test
	 * classes sharing the database made (rolled back with the test).
	 */
	private void noEnabledAdministrator() {
		this.people.flush();
		this.jdbc.sql(
				"update person set enabled = false where id in (select person_id from person_role where role = 'ADMIN')")
			.update();
	}

	@Test
	void production_start_without_an_administrator_or_its_variables_is_refused_with_instructions() {
		noEnabledAdministrator();

		FirstAdministrator check = firstAdministrator("", "");

		assertThatIllegalStateException().isThrownBy(() -> check.ensureAdministrator())
			.withMessageContaining("SERVEWELL_ADMIN_EMAIL and SERVEWELL_ADMIN_PASSWORD");
	}

	@Test
	void weak_first_administrator_password_is_refused() {
		noEnabledAdministrator();

		FirstAdministrator check = firstAdministrator("root@example.org", "admin");

		assertThatIllegalStateException().isThrownBy(() -> check.ensureAdministrator())
			.withMessageContaining("SERVEWELL_ADMIN_PASSWORD is not acceptable");
	}

	@Test
	void common_first_administrator_password_is_refused_with_the_reason() {
		noEnabledAdministrator();

		FirstAdministrator check = firstAdministrator("root@example.org", "passwordpass");

		assertThatIllegalStateException().isThrownBy(() -> check.ensureAdministrator())
			.withMessageContaining("SERVEWELL_ADMIN_PASSWORD is not acceptable")
			.withMessageContaining("too common");
	}

	@Test
	void start_with_an_administrator_already_present_changes_nothing() {
		long before = this.people.count();

		firstAdministrator("", "").ensureAdministrator();

		assertThat(this.people.count()).isEqualTo(before);
	}

}
