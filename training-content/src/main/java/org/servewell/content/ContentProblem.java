package org.servewell.content;

/**
 * One thing wrong with a content folder, named by file and line so that an author can go
 * straight to it.
 *
 * @param file path of the file relative to the content folder
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 * @param message what is wrong and what to do about it
 */
public record ContentProblem(String file, int line, String message) {

	@Override
	public String toString() {
		return (this.line > 0) ? this.file + ":" + this.line + ": " + this.message : this.file + ": " + this.message;
	}

}
