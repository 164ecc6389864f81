package org.servewell.content;

import java.util.List;

/**
 * A multiple-choice question read from a GIFT file.
 *
 * @param line the line the question starts on
 * @param title the {@code ::title::}, or null
 * @param category the {@code $CATEGORY} in force, or null
 * @param text the question text, escapes resolved; a missing-word question has
 * {@code _____} where its answers stood
 * @param textFormat the text's declared format
 * @param answers the answers in file order
 * @param generalFeedback the {@code ####} feedback, its format marker dropped, or null
 */
public record GiftQuestion(int line, String title, String category, String text, GiftFormat textFormat,
		List<GiftAnswer> answers, String generalFeedback) {

	public GiftQuestion {
		answers = List.copyOf(answers);
	}

}
