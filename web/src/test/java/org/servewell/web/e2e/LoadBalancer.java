package org.servewell.web.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * HAProxy in front of instances of Servewell, as deploy/haproxy.cfg sets it up for docker
 * compose: round robin for a new visitor, then sticky to the instance named in the
 * {@code SERVERID} cookie that HAProxy adds; instances checked on their readiness
 * endpoint every second; a request whose instance does not answer is tried again and then
 * sent to another ({@code retries}, {@code option redispatch}). Runs Debian's
 * {@code /usr/sbin/haproxy} in the foreground on a free loopback port, its configuration
 * and log in a folder of its own under target/e2e.
 */
final class LoadBalancer implements AutoCloseable {

	static final Path EXECUTABLE = Path.of(System.getProperty("servewell.haproxy", "/usr/sbin/haproxy"));

	/** The cookie HAProxy sticks a browser to its instance with. */
	static final String STICKY_COOKIE = "SERVERID";

	private final Process process;

	private final int port;

	private final Path log;

	private LoadBalancer(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * A free loopback port for the load balancer, chosen before the instances start so
	 * that they can be told their public address.
	 */
	static int freePort() {
		return ProductionJar.freePort();
	}

	/**
	 * Starts HAProxy on {@code port} in front of the instances, each named in the sticky
	 * cookie by its position ({@code app1}, {@code app2}, ...), and waits until it
	 * answers.
	 */
	static LoadBalancer start(int port, List<ProductionJar> instances) {
		if (!Files.isExecutable(EXECUTABLE)) {
			throw new IllegalStateException(EXECUTABLE + " is missing: apt-get install haproxy, as .ci/run does");
		}
		Path home = Path.of("target", "e2e", "haproxy").toAbsolutePath();
		try {
			Files.createDirectories(home);
			Path config = Files.writeString(home.resolve("haproxy.cfg"), configuration(port, instances),
					StandardCharsets.UTF_8);
			Path log = home.resolve("haproxy.log");
			Process process = new ProcessBuilder(EXECUTABLE.toString(), "-db", "-f", config.toString())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
			LoadBalancer balancer = new LoadBalancer(process, port, log);
			Processes.awaitReady("HAProxy", process, balancer.url("/actuator/health/readiness"), Duration.ofSeconds(30),
					balancer::logText);
			return balancer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + EXECUTABLE, ex);
		}
	}

	/** The configuration: deploy/haproxy.cfg's, with the instances listed by address. */
	static String configuration(int port, List<ProductionJar> instances) {
		StringBuilder servers = new StringBuilder();
		for (int i = 0; i < instances.size(); i++) {
			servers.append("    server app%d 127.0.0.1:%d check cookie app%d%n".formatted(i + 1,
					instances.get(i).port(), i + 1));
		}
		return """
				global
				    log stdout format raw local0 info
				    maxconn 512

				defaults
				    mode http
				    log global
				    option httplog
				    option forwardfor
				    timeout connect 2s
				    timeout client 60s
				    timeout server 60s
				    timeout http-request 10s
				    timeout check 2s
				    retries 3
				    option redispatch

				frontend servewell
				    bind 127.0.0.1:%d
				    default_backend app

				backend app
				    balance roundrobin
				    cookie %s insert indirect nocache
				    option httpchk GET /actuator/health/readiness
				    http-check expect status 200
				    default-server inter 1s fall 2 rise 2
				%s""".formatted(port, STICKY_COOKIE, servers);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/** What HAProxy logged: every request with the instance that served it. */
	String logText() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	@Override
	public void close() {
		Processes.stop(this.process, Duration.ofSeconds(10));
	}

}
