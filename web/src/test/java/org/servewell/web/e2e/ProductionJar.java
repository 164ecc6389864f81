package org.servewell.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The production jar, started in a process of its own the way the README starts it
 * ({@code java -jar web/target/servewell.jar} with the demo profile), on the database
 * this test run is for: the embedded H2 file database, or a MySQL-protocol server through
 * the {@code mysql} profile (a fresh database, reached through a {@link DatabaseLink}
 * that a test can cut). One start serves every end-to-end test of the run; it stops when
 * the run ends.
 */
final class ProductionJar implements AutoCloseable {

	/** Which database the jar runs on: set per failsafe execution, see web/pom.xml. */
	static final Database DATABASE = Database
		.valueOf(System.getProperty("servewell.e2e.database", "h2").toUpperCase(Locale.ROOT));

	/**
	 * How long the jar may take to start: 8 minutes unless
	 * {@code -Dservewell.e2e.start-minutes} says otherwise (a machine shared by several
	 * builds can need more).
	 */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(Long.getLong("servewell.e2e.start-minutes", 8));

	enum Database {

		/** The embedded default: no database server. */
		H2,
		/** The {@code mysql} profile on the MySQL-protocol server the MySQL tests use. */
		MYSQL

	}

	private final Process process;

	private final int port;

	private final Path log;

	private final DatabaseLink link;

	private ProductionJar(Process process, int port, Path log, DatabaseLink link) {
		this.process = process;
		this.port = port;
		this.log = log;
		this.link = link;
	}

	/** The jar of this test run, started on first use. */
	static ProductionJar of(ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(ProductionJar.class, (key) -> start(Variant.STANDARD), ProductionJar.class);
	}

	/**
	 * A second jar of this test run with extra environment variables (low limits, say),
	 * started on first use, so that what a test does to it (locking sign-in, using up a
	 * rate limit) leaves the shared jar alone. A variant always runs on the embedded
	 * database.
	 */
	static ProductionJar of(ExtensionContext context, Variant variant) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.GLOBAL)
			.computeIfAbsent(variant, (key) -> start(variant), ProductionJar.class);
	}

	/**
	 * A jar started apart, named for its folder under target/e2e, with these environment
	 * variables added.
	 */
	record Variant(String name, Map<String, String> environment) {

		static final Variant STANDARD = new Variant("", Map.of());

	}

	/** The jar's process id, to read its memory from outside. */
	long pid() {
		return this.process.pid();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	int port() {
		return this.port;
	}

	/**
	 * The database link, on the MySQL run only: the embedded database cannot be stopped
	 * apart.
	 */
	DatabaseLink databaseLink() {
		if (this.link == null) {
			throw new IllegalStateException("Only the MySQL run has a database server to stop");
		}
		return this.link;
	}

	/** The last lines the jar wrote, for a failure message. */
	String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static ProductionJar start(Variant variant) {
		Database database = variant.name().isEmpty() ? DATABASE : Database.H2;
		MySqlDatabase mysql = null;
		if (database == Database.MYSQL) {
			mysql = MySqlDatabase.fromEnvironment();
			mysql.recreate();
		}
		String folder = database.name().toLowerCase(Locale.ROOT)
				+ (variant.name().isEmpty() ? "" : "-" + variant.name());
		ProductionJar running = launch(folder, mysql, null, variant.environment());
		running.awaitReady();
		return running;
	}

	/**
	 * Instances of one Servewell behind a load balancer, started together (as an
	 * operator's start script would) with the demo profile on one MySQL-protocol
	 * database, which the caller has made afresh; each named for its folder under
	 * target/e2e, each told that users reach it at {@code publicUrl}. Returns once all
	 * are ready.
	 */
	static List<ProductionJar> startTogether(MySqlDatabase database, String publicUrl, List<String> names) {
		List<ProductionJar> instances = new ArrayList<>();
		try {
			for (String name : names) {
				instances.add(launch(name, database, publicUrl, Map.of()));
			}
			instances.forEach(ProductionJar::awaitReady);
			return instances;
		}
		catch (RuntimeException ex) {
			instances.forEach(ProductionJar::close);
			throw ex;
		}
	}

	/**
	 * Starts the jar in a process of its own, on the embedded database or, when
	 * {@code mysql} is given, with the mysql profile on it; without waiting for it.
	 */
	private static ProductionJar launch(String folder, MySqlDatabase mysql, String publicUrl,
			Map<String, String> extraEnvironment) {
		Path jar = Path.of(System.getProperty("servewell.jar", "target/servewell.jar")).toAbsolutePath();
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException(jar
					+ " does not exist: the end-to-end tests run in the verify phase, after package (./mvnw verify)");
		}
		Path home = Path.of("target", "e2e", folder).toAbsolutePath();
		deleteRecursively(home);
		int port = freePort();
		DatabaseLink link = null;
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", jar.toString());
		Map<String, String> environment = builder.environment();
		environment.keySet().removeIf((name) -> name.startsWith("SERVEWELL_") || name.startsWith("SPRING_"));
		environment.put("SERVER_PORT", Integer.toString(port));
		environment.put("SERVEWELL_DATA_DIR", home.resolve("data").toString());
		environment.put("SERVEWELL_PUBLIC_URL", (publicUrl != null) ? publicUrl : "http://localhost:" + port);
		if (mysql != null) {
			link = new DatabaseLink(mysql.host(), mysql.port());
			environment.put("SPRING_PROFILES_ACTIVE", "mysql,demo");
			environment.put("SERVEWELL_DB_URL", "jdbc:mysql://127.0.0.1:" + link.port() + "/" + mysql.name());
			environment.put("SERVEWELL_DB_USER", mysql.user());
			environment.put("SERVEWELL_DB_PASSWORD", mysql.password());
		}
		else {
			environment.put("SPRING_PROFILES_ACTIVE", "demo");
		}
		environment.putAll(extraEnvironment);
		try {
			Files.createDirectories(home);
			Path log = home.resolve("servewell.log");
			Process process = builder.directory(home.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			return new ProductionJar(process, port, log, link);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + jar, ex);
		}
	}

	private void awaitReady() {
		try {
			Processes.awaitReady("The jar", this.process, url("/actuator/health/readiness"), START_TIMEOUT,
					this::logTail);
		}
		catch (IllegalStateException ex) {
			close();
			throw ex;
		}
	}

	/**
	 * Ends the process at once, as a crash or a pulled plug would: no shutdown, no
	 * goodbye to the database or the load balancer.
	 */
	void kill() {
		this.process.destroyForcibly();
		try {
			this.process.waitFor(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		if (this.link != null) {
			this.link.restore();
		}
		Processes.stop(this.process, Duration.ofSeconds(30));
		if (this.link != null) {
			this.link.close();
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The MySQL-protocol database the MySQL run uses, made afresh for each run: named by
	 * {@code SERVEWELL_TEST_MYSQL_E2E_URL} (default
	 * {@code jdbc:mysql://127.0.0.1:3306/servewell_e2e}), with the MySQL tests' user.
	 */
	record MySqlDatabase(String host, int port, String name, String user, String password) {

		static MySqlDatabase fromEnvironment() {
			return fromEnvironment("SERVEWELL_TEST_MYSQL_E2E_URL", "jdbc:mysql://127.0.0.1:3306/servewell_e2e");
		}

		/**
		 * The database the environment variable names, or the fallback URL; with the
		 * MySQL tests' user.
		 */
		static MySqlDatabase fromEnvironment(String variable, String fallbackUrl) {
			URI uri = URI.create(env(variable, fallbackUrl).substring("jdbc:".length()));
			return new MySqlDatabase(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 3306,
					uri.getPath().substring(1), env("SERVEWELL_TEST_MYSQL_USER", "servewell"),
					env("SERVEWELL_TEST_MYSQL_PASSWORD", "servewell"));
		}

		String jdbcUrl() {
			return "jdbc:mysql://" + this.host + ":" + this.port + "/" + this.name;
		}

		void recreate() {
			try (Connection connection = DriverManager
				.getConnection("jdbc:mysql://" + this.host + ":" + this.port + "/", this.user, this.password);
					Statement statement = connection.createStatement()) {
				statement.execute("DROP DATABASE IF EXISTS `" + this.name + "`");
				statement
					.execute("CREATE DATABASE `" + this.name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			}
			catch (SQLException ex) {
				throw new IllegalStateException(
						"Could not make the database " + this.name + " afresh on " + this.host + ":" + this.port
								+ " (.ci/run creates it and grants it to " + this.user + "): " + ex.getMessage(),
						ex);
			}
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value == null || value.isBlank()) ? fallback : value;
		}

	}

	/**
	 * Gives a test method (or constructor) the running jar as a parameter: the shared
	 * one, or the test's own (see {@link OwnProductionJar}).
	 */
	static final class Resolver implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			return parameter.getParameter().getType() == ProductionJar.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			return AnnotationSupport.findAnnotation(context.getRequiredTestClass(), OwnProductionJar.class)
				.map((own) -> of(context, new Variant(own.value(), Map.of())))
				.orElseGet(() -> of(context));
		}

	}

	/**
	 * Runs the MySQL run's tests only when MySQL tests are enabled, and says how to
	 * enable them otherwise; a test on a jar of its own (always the embedded database)
	 * runs in the H2 run only, as the MySQL run would repeat it unchanged; so does one
	 * that checks only how the screens are drawn ({@link ScreensOnly}).
	 */
	static final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (DATABASE == Database.MYSQL && !Boolean.parseBoolean(System.getProperty("servewell.mysql.tests"))) {
				return ConditionEvaluationResult.disabled("End-to-end run on MySQL SKIPPED: run with "
						+ "-Dservewell.mysql.tests=true and a MySQL-protocol server on 127.0.0.1:3306, as .ci/run does");
			}
			if (DATABASE == Database.MYSQL && annotated(context, OwnProductionJar.class)) {
				return ConditionEvaluationResult
					.disabled("Runs on a jar of its own on the embedded database: the H2 run covers it");
			}
			if (DATABASE == Database.MYSQL && annotated(context, ScreensOnly.class)) {
				return ConditionEvaluationResult
					.disabled("Checks how the screens are drawn, the same on either database: the H2 run covers it");
			}
			return ConditionEvaluationResult.enabled("end-to-end run on " + DATABASE);
		}

		private static boolean annotated(ExtensionContext context, Class<? extends Annotation> annotation) {
			return context.getTestClass()
				.flatMap((test) -> AnnotationSupport.findAnnotation(test, annotation))
				.isPresent();
		}

	}

}
