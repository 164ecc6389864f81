package org.servewell.content;

/**
 * A GIFT file that cannot be read, with the line where reading stopped.
 */
public class GiftSyntaxException extends RuntimeException {

	private final int line;

	public GiftSyntaxException(int line, String problem) {
		super("line " + line + ": " + problem);
		this.line = line;
	}

	public int line() {
		return this.line;
	}

}
