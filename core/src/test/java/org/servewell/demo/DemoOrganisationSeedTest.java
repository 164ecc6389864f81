package org.servewell.demo;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.servewell.CoreTestApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two fresh databases started with the demo profile on the same day hold the same demo
 * organisation, row for row and id for id.
 */
class DemoOrganisationSeedTest {

	private static final String GENERATED = "(select id from person p where " + DemoOrganisationTests.DEMO_PEOPLE + ")";

	/**
	 * Every generated row, but the demo accounts' own (created with the time of the
	 * start).
	 */
	private static final List<String> ROWS = List.of(
			"select id, email, display_name, department_id, job_role, start_date, manager_id, created_at from person where id in "
					+ GENERATED + " order by id",
			"select * from course_assignment where person_id in " + GENERATED + " order by id",
			"select * from lesson_read where person_id in " + GENERATED
					+ " order by person_id, course_version_id, lesson_number",
			"select * from quiz_attempt where person_id in " + GENERATED + " order by id",
			"select i.* from attempt_item i join quiz_attempt a on a.id = i.attempt_id where a.person_id in "
					+ GENERATED + " order by i.id",
			"select * from completion where person_id in " + GENERATED + " order by id",
			"select * from candidate order by id", "select * from interview order by id",
			"select * from scorecard order by id", "select * from scorecard_rating order by scorecard_id, trait_code",
			"select * from candidate_decision order by id", "select * from notification order by id");

	@Test
	void the_same_seed_on_the_same_day_gives_the_same_organisation() throws Exception {
		String first = fingerprint("servewell-demo-seed-a");
		String second = fingerprint("servewell-demo-seed-b");
		assertThat(second).isEqualTo(first);
	}

	private static String fingerprint(String database) throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CoreTestApplication.class)
			.profiles("demo")
			.properties("spring.datasource.url=jdbc:h2:mem:" + database
					+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
			.run()) {
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			long rows = 0;
			for (String sql : ROWS) {
				for (Map<String, Object> row : jdbc.sql(sql).query().listOfRows()) {
					digest.update(row.values().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
					rows++;
				}
			}
			assertThat(rows).isGreaterThan(1_000);
			return HexFormat.of().formatHex(digest.digest());
		}
	}

}
