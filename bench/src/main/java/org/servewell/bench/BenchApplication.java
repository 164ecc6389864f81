package org.servewell.bench;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

/**
 * Core's features without the web: entities and repositories are found under
 * {@code org.servewell}.
 */
@SpringBootApplication(scanBasePackages = "org.servewell")
@AutoConfigurationPackage(basePackages = "org.servewell")
class BenchApplication {

	/** Every run starts from an empty schema. */
	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			flyway.clean();
			flyway.migrate();
		};
	}

}
