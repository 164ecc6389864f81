package org.servewell.content;

import java.util.List;

/**
 * What a GIFT file holds: the multiple-choice questions Servewell can use, the other
 * questions, listed so the trainer can decide to leave them out, and what of the usable
 * questions is not imported.
 *
 * @param questions multiple-choice questions
 * @param unsupported questions of other types, by line
 * @param warnings parts of the usable questions that are left out, by line
 */
public record GiftDocument(List<GiftQuestion> questions, List<UnsupportedQuestion> unsupported,
		List<Warning> warnings) {

	public GiftDocument {
		questions = List.copyOf(questions);
		unsupported = List.copyOf(unsupported);
		warnings = List.copyOf(warnings);
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

	/**
	 * Something of a usable question that is not imported, such as its general feedback.
	 *
	 * @param line where it stands
	 * @param message what is left out and what the trainer can do
	 */
	public record Warning(int line, String message) {

		@Override
		public String toString() {
			return "line " + this.line + ": " + this.message;
		}

	}

}
