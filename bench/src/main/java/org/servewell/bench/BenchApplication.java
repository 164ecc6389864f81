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

	/**
	 * Every run starts from an empty schema, unless {@code -Dkeep=true} asks to keep the
	 * data of the previous run (then only new migrations run).
	 */
	@Bean
	FlywayMigrationStrategy cleanThenMigrate() {
		return (flyway) -> {
			if (!Boolean.getBoolean("keep")) {
				flyway.clean();
			}
			flyway.migrate();
		};
	}

}
