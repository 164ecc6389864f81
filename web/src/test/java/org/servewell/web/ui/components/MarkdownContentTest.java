package org.servewell.web.ui.components;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownContentTest {

	@Test
	void lesson_markdown_becomes_headings_emphasis_lists_and_quotes() {
		String html = MarkdownContent.toHtml("""
				# Why reliability wins

				**Do:** greet every caller.

				- first
				- second

				> **Reflect:** what would every time look like?
				""");

		assertThat(html).contains("<h1>Why reliability wins</h1>", "<strong>Do:</strong>", "<li>first</li>",
				"<blockquote>");
	}

	@Test
	void raw_html_and_scripts_in_content_are_shown_as_text_not_run() {
		String html = MarkdownContent.toHtml("Hello <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>");

		assertThat(html).doesNotContain("<script>", "<img").contains("&lt;script&gt;", "&lt;img");
	}

	@Test
	void javascript_links_are_neutralised() {
		String html = MarkdownContent.toHtml("[click me](javascript:alert(1)) and [ok](https://example.org)");

		assertThat(html).doesNotContain("javascript:").contains("href=\"https://example.org\"");
	}

}
