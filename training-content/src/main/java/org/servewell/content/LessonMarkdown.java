package org.servewell.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds raw HTML in lesson Markdown. Lessons are shown in the browser, so HTML in them
 * would bypass the renderer's escaping and the look every lesson shares; a CommonMark
 * parser finds it exactly where a browser would see it, which a pattern could not.
 */
final class LessonMarkdown {

	private static final int SHOWN_LENGTH = 40;

	// The parser is thread-safe and costly enough to build once.
	private static final Parser PARSER = Parser.builder()
		.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
		.build();

	private LessonMarkdown() {
	}

	/** Each piece of raw HTML in the text, shortened for a message, with its line. */
	/**
	 * A lesson file's Markdown; records a problem when it is missing or empty, and one
	 * for each piece of raw HTML in it.
	 */
	static Optional<String> read(ContentFiles files, YamlFile.Mapping lesson, String folder, String file) {
		Optional<String> markdown = files.text(folder + file);
		if (markdown.isEmpty()) {
			lesson.problem("lesson file '" + file + "' does not exist in " + folder);
			return Optional.empty();
		}
		if (markdown.get().isBlank()) {
			files.problem(folder + file, 0, "the lesson is empty");
			return Optional.empty();
		}
		for (YamlFile.Located html : rawHtml(markdown.get())) {
			files.problem(folder + file, html.line(),
					"raw HTML '" + html.value() + "' is not allowed in a lesson; write it in Markdown instead");
		}
		return markdown;
	}

	static List<YamlFile.Located> rawHtml(String markdown) {
		List<YamlFile.Located> found = new ArrayList<>();
		PARSER.parse(markdown).accept(new AbstractVisitor() {

			@Override
			public void visit(HtmlBlock html) {
				found.add(located(html, html.getLiteral()));
			}

			@Override
			public void visit(HtmlInline html) {
				found.add(located(html, html.getLiteral()));
			}

		});
		return found;
	}

	private static YamlFile.Located located(Node node, String literal) {
		String firstLine = literal.strip().lines().findFirst().orElse("");
		String shown = (firstLine.length() > SHOWN_LENGTH) ? firstLine.substring(0, SHOWN_LENGTH) + "..." : firstLine;
		int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex() + 1;
		return new YamlFile.Located(shown, line);
	}

}
