package org.servewell.content;

import java.util.ArrayList;
import java.util.List;

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
