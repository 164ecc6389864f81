package org.servewell.content;

/**
 * One answer of a multiple-choice GIFT question.
 *
 * @param text the answer, escapes resolved
 * @param weightPercent its grade: 100 for {@code =}, 0 for {@code ~}, or the {@code %n%}
 * given
 * @param feedback the {@code #} feedback, or an empty string
 * @param line the line the answer starts on
 */
public record GiftAnswer(String text, double weightPercent, String feedback, int line) {
}
