package org.servewell.content;

/**
 * One answer of a multiple-choice GIFT question.
 *
 * @param text the answer, its format marker dropped and escapes resolved
 * @param weightPercent its grade: 100 for {@code =}, 0 for {@code ~}, or the {@code %n%}
 * given
 * @param feedback the {@code #} feedback, its format marker dropped, or an empty string
 * @param line the line the answer starts on
 * @param textFormat the answer's format: its own marker, else the question's (as Moodle
 * reads it)
 * @param feedbackFormat the feedback's format: its own marker, else the question's (not
 * the answer's, as Moodle reads it)
 */
public record GiftAnswer(String text, double weightPercent, String feedback, int line, GiftFormat textFormat,
		GiftFormat feedbackFormat) {
}
