package org.servewell.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;

import javax.net.SocketFactory;

/**
 * Sockets with Nagle's algorithm off ({@code TCP_NODELAY}), for Angus Mail's
 * {@code mail.smtp.socketFactory.class} (which calls {@link #getDefault()}): the reminder
 * benchmark's {@code -DsmtpNoDelay=true} tries whether the larger mails wait on TCP
 * rather than on work.
 */
public final class NoDelaySockets extends SocketFactory {

	private static final NoDelaySockets INSTANCE = new NoDelaySockets();

	public static SocketFactory getDefault() {
		return INSTANCE;
	}

	@Override
	public Socket createSocket() throws SocketException {
		Socket socket = new Socket();
		socket.setTcpNoDelay(true);
		return socket;
	}

	@Override
	public Socket createSocket(String host, int port) throws IOException {
		Socket socket = new Socket(host, port);
		socket.setTcpNoDelay(true);
		return socket;
	}

	@Override
	public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
		Socket socket = new Socket(host, port, localHost, localPort);
		socket.setTcpNoDelay(true);
		return socket;
	}

	@Override
	public Socket createSocket(InetAddress host, int port) throws IOException {
		Socket socket = new Socket(host, port);
		socket.setTcpNoDelay(true);
		return socket;
	}

	@Override
	public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
			throws IOException {
		Socket socket = new Socket(address, port, localAddress, localPort);
		socket.setTcpNoDelay(true);
		return socket;
	}

}
