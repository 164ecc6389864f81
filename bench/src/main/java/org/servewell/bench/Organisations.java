package org.servewell.bench;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.servewell.demo.OrganisationGenerator;
import org.servewell.demo.OrganisationSize;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.env.Environment;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the benchmarks on a generated company share: the organisation written into the
 * benchmark's database (unless {@code -Dkeep=true} keeps the previous run's), and the
 * benchmark administrator signed in on the calling thread.
 */
final class Organisations {

	/** The administrator the benchmark configuration creates. */
	static final String ADMIN = "bench-admin@servewell.org";

	private static final Logger log = LoggerFactory.getLogger(Organisations.class);

	private Organisations() {
	}

	/**
	 * Generates the organisation from {@code -Dseed} (a fixed default) unless
	 * {@code -Dkeep=true}.
	 */
	static void generateUnlessKept(Environment environment, OrganisationSize size, int learners, int courses)
			throws SQLException {
		if (Boolean.getBoolean("keep")) {
			return;
		}
		long started = System.nanoTime();
		new OrganisationGenerator(Long.getLong("seed", 20261201L), LocalDate.now()).generate(
				environment.getRequiredProperty("spring.datasource.url"),
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"), size);
		log.info("Generated {} learners with {} courses each in {} s", learners, courses,
				(System.nanoTime() - started) / 1_000_000_000);
	}

	/** Signs the person in with the role on this thread, as the services read it. */
	static void signIn(String email, String role) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, "n/a",
				List.of(new SimpleGrantedAuthority("ROLE_" + role))));
		SecurityContextHolder.setContext(context);
	}

}
