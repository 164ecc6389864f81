package org.servewell.web.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between Servewell and its MySQL-protocol server, which a test can cut: a
 * TCP relay on a loopback port of its own. Cut, it closes every open connection and stops
 * listening, so Servewell meets what it meets when the database server stops (connections
 * reset, new ones refused); restored, it listens on the same port again.
 */
final class DatabaseLink implements AutoCloseable {

	private final InetSocketAddress database;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket listener;

	DatabaseLink(String host, int port) {
		this.database = new InetSocketAddress(host, port);
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		restore();
	}

	/** The loopback port Servewell connects to instead of the database's own. */
	int port() {
		return this.port;
	}

	/**
	 * Stops the database as Servewell sees it: open connections drop, new ones are
	 * refused.
	 */
	synchronized void cut() {
		closeQuietly(this.listener);
		this.listener = null;
		this.open.forEach(DatabaseLink::closeQuietly);
		this.open.clear();
	}

	/** Starts the database again as Servewell sees it. */
	synchronized void restore() {
		if (this.listener != null) {
			return;
		}
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port));
			this.listener = socket;
			Thread.ofVirtual().name("database-link-accept").start(() -> accept(socket));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not listen on " + this.port + " again", ex);
		}
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket server = new Socket();
				server.connect(this.database, 5_000);
				this.open.add(client);
				this.open.add(server);
				Thread.ofVirtual().start(() -> pump(client, server));
				Thread.ofVirtual().start(() -> pump(server, client));
			}
			catch (IOException ex) {
				// Closed by cut(), or the database refused: the client sees its
				// connection
				// closed either way.
			}
		}
	}

	private void pump(Socket from, Socket to) {
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			in.transferTo(out);
		}
		catch (IOException ex) {
			// A dropped connection ends the relay in both directions below.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			this.open.remove(from);
			this.open.remove(to);
		}
	}

	@Override
	public void close() {
		cut();
	}

	private static void closeQuietly(AutoCloseable closeable) {
		if (closeable == null) {
			return;
		}
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Already closed.
		}
	}

}
