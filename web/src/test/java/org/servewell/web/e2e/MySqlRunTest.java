package org.servewell.web.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar started with {@code SPRING_PROFILES_ACTIVE=mysql,demo} runs on the MySQL
 * database it was given, demo people included, not on an embedded database of the demo's
 * choosing.
 */
@AgainstProductionJar
class MySqlRunTest {

	@Test
	void mysql_with_demo_data_keeps_the_demo_people_in_the_mysql_database(ProductionJar jar) throws SQLException {
		Assumptions.assumeTrue(ProductionJar.DATABASE == ProductionJar.Database.MYSQL, "MySQL run only");
		ProductionJar.MySqlDatabase database = ProductionJar.MySqlDatabase.fromEnvironment();

		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
				database.password());
				Statement statement = connection.createStatement();
				ResultSet demo = statement
					.executeQuery("SELECT COUNT(*) FROM person WHERE email LIKE '%@demo.servewell.org'")) {
			demo.next();
			assertThat(demo.getInt(1)).as("demo people in %s", database.name()).isGreaterThanOrEqualTo(5);
		}
	}

}
