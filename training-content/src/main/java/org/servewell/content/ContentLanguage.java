package org.servewell.content;

import java.util.regex.Pattern;

/**
 * The language a course is written in: a lower-case ISO 639 language code, optionally
 * with an upper-case region ("de", "pt-BR").
 */
public final class ContentLanguage {

	/** The language of a course whose manifest names none. */
	public static final String DEFAULT = "en";

	/** The longest language tag stored. */
	public static final int MAX_LENGTH = 12;

	private static final Pattern TAG = Pattern.compile("[a-z]{2,3}(-[A-Z]{2})?");

	private ContentLanguage() {
	}

	/** Whether this is a language tag a course may declare. */
	public static boolean isValid(String tag) {
		return tag != null && TAG.matcher(tag).matches();
	}

}
