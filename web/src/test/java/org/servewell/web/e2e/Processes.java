package org.servewell.web.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Servers that a test runs in processes of its own (the production jar, HAProxy): waiting
 * until one is ready, and stopping it.
 */
final class Processes {

	private Processes() {
	}

	/**
	 * Returns once {@code url} answers 200, as a load balancer's check or a container's
	 * probe would see it.
	 * @param what names the process in a failure message
	 * @param log the process's log, for a failure message
	 * @throws IllegalStateException when the process stops or {@code timeout} passes
	 * first
	 */
	static void awaitReady(String what, Process process, String url, Duration timeout, Supplier<String> log) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException(
						what + " stopped with exit code " + process.exitValue() + ":\n" + log.get());
			}
			try {
				HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			try {
				Thread.sleep(Duration.ofMillis(250));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException(what + " was not ready within " + timeout + ":\n" + log.get());
	}

	/**
	 * Asks the process to stop, and ends it at once if it has not within the grace time.
	 */
	static void stop(Process process, Duration grace) {
		process.destroy();
		try {
			if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			process.destroyForcibly();
		}
	}

}
