package org.servewell.content;

import java.util.List;

/**
 * What a GIFT file holds: the multiple-choice questions Servewell can use, and the other
 * questions, listed so the trainer can decide to leave them out.
 *
 * @param questions multiple-choice questions
 * @param unsupported questions of other types, by line
 */
public record GiftDocument(List<GiftQuestion> questions, List<UnsupportedQuestion> unsupported) {

	public GiftDocument {
		questions = List.copyOf(questions);
		unsupported = List.copyOf(unsupported);
	}

	/**
	 * A question of a type scenarios cannot be.
	 *
	 * @param line where it starts
	 * @param title its title, or null
	 * @param type what it is, in plain words ("short answer", "true/false", ...)
	 */
	public record UnsupportedQuestion(int line, String title, String type) {

		@Override
		public String toString() {
			return "line " + this.line + ": " + this.type + " question"
					+ ((this.title != null) ? " '" + this.title + "'" : "");
		}

	}

}
