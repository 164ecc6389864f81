package org.servewell.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which database a start chooses from its profiles, read from the application's own
 * property files the way Spring Boot reads them at start-up.
 */
class ProfilesTest {

	@ParameterizedTest
	@ValueSource(strings = { "mysql,demo", "demo,mysql" })
	void mysql_with_demo_data_runs_on_mysql_in_either_profile_order(String profiles) {
		assertThat(datasourceUrl(profiles)).isEqualTo("jdbc:mysql://db.example.org:3306/servewell");
	}

	@Test
	void demo_alone_keeps_its_own_file_on_the_embedded_database() {
		assertThat(datasourceUrl("demo")).startsWith("jdbc:h2:file:/srv/servewell/servewell-demo;MODE=MySQL");
	}

	@Test
	void no_profile_runs_on_the_embedded_database_in_the_data_folder() {
		assertThat(datasourceUrl("")).startsWith("jdbc:h2:file:/srv/servewell/servewell;MODE=MySQL");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "demo", "mysql", "mysql,demo" })
	void a_database_that_does_not_answer_fails_a_request_within_ten_seconds_in_every_profile(String profiles) {
		assertThat(environment(profiles).getProperty("spring.datasource.hikari.connection-timeout", Long.class))
			.isEqualTo(10_000L);
	}

	private static String datasourceUrl(String profiles) {
		return environment(profiles).getProperty("spring.datasource.url");
	}

	private static StandardEnvironment environment(String profiles) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("SERVEWELL_DB_URL",
					"jdbc:mysql://db.example.org:3306/servewell", "SERVEWELL_DATA_DIR", "/srv/servewell")));
		List<String> active = profiles.isEmpty() ? List.of() : List.of(profiles.split(","));
		ConfigDataEnvironmentPostProcessor.applyTo(environment, new DefaultResourceLoader(),
				new DefaultBootstrapContext(), active);
		return environment;
	}

}
