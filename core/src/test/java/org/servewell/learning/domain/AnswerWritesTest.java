package org.servewell.learning.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerWritesTest {

	@Test
	void answers_are_saved_in_one_statement_on_mysql_and_mariadb_and_in_two_elsewhere() {
		// mysql-connector-j names MariaDB "MySQL"; MariaDB's own driver says "MariaDB".
		assertThat(AnswerWrites.supportsUpdateJoin("MySQL")).isTrue();
		assertThat(AnswerWrites.supportsUpdateJoin("MariaDB")).isTrue();
		assertThat(AnswerWrites.supportsUpdateJoin("H2")).isFalse();
		assertThat(AnswerWrites.supportsUpdateJoin("PostgreSQL")).isFalse();
	}

}
