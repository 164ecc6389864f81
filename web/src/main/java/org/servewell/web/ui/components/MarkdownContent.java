package org.servewell.web.ui.components;

import com.vaadin.flow.component.Html;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown shown as HTML, safely: raw HTML in the source is escaped, not passed through,
 * and link and image URLs are limited to safe schemes, so no script or markup reaches the
 * page from content.
 */
public class MarkdownContent extends Html {

	private static final Parser PARSER = Parser.builder().build();

	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	public MarkdownContent(String markdown) {
		super(toHtml(markdown));
		addClassName("sw-markdown");
	}

	/**
	 * The sanitised HTML of the Markdown, wrapped in one element as {@link Html}
	 * requires.
	 */
	public static String toHtml(String markdown) {
		Node document = PARSER.parse((markdown != null) ? markdown : "");
		return "<div>" + RENDERER.render(document) + "</div>";
	}

}
