package org.servewell.people.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Finds the first line that is not valid UTF-8, such as a file saved as Latin-1 or
 * Windows-1252 ("CSV" rather than "CSV UTF-8" in Excel), reading the file once in small
 * pieces. A decoder that stops at the bad bytes knows exactly how many lines came before;
 * a reader replacing them would import "Jos\uFFFD" silently.
 */
final class Utf8Check {

	private static final int CHUNK = 64 * 1024;

	private Utf8Check() {
	}

	/** The line (from 1) holding the first bytes that are not UTF-8, if any. */
	static OptionalLong firstBadLine(InputStream in) throws IOException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
		CharBuffer chars = CharBuffer.allocate(CHUNK);
		long line = 1;
		boolean end = false;
		while (!end) {
			int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
			end = read < 0;
			if (!end) {
				bytes.position(bytes.position() + read);
			}
			bytes.flip();
			CoderResult result = decoder.decode(bytes, chars, end);
			line += newlines(chars);
			if (result.isError()) {
				return OptionalLong.of(line);
			}
			bytes.compact();
		}
		return OptionalLong.empty();
	}

	private static int newlines(CharBuffer chars) {
		chars.flip();
		int count = 0;
		while (chars.hasRemaining()) {
			if (chars.get() == '\n') {
				count++;
			}
		}
		chars.clear();
		return count;
	}

}
