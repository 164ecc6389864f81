package org.servewell.catalog.domain;

import org.servewell.catalog.CatalogLimits;
import org.servewell.content.ContentLimits;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The words of a course's parts in one translation, stored beside the original rows and
 * keyed by language tag.
 */
public final class Words {

	private Words() {
	}

	/** A course version's title, summary and audience in one language. */
	@Embeddable
	public record Course(
			@Column(name = "title", nullable = false, length = ContentLimits.MAX_TITLE_LENGTH) String title,
			@Column(name = "summary", nullable = false, length = ContentLimits.MAX_SUMMARY_LENGTH) String summary,
			@Column(name = "audience", nullable = false, length = ContentLimits.MAX_AUDIENCE_LENGTH) String audience) {
	}

	/** A lesson's title and text in one language. */
	@Embeddable
	public record Lesson(
			@Column(name = "title", nullable = false, length = ContentLimits.MAX_TITLE_LENGTH) String title,
			@Column(name = "body_markdown", nullable = false, length = CatalogLimits.MARKDOWN_LENGTH) String markdown) {
	}

	/** A scenario's title, situation and prompt in one language. */
	@Embeddable
	public record Scenario(
			@Column(name = "title", nullable = false, length = ContentLimits.MAX_TITLE_LENGTH) String title,
			@Column(name = "situation_markdown", nullable = false,
					length = CatalogLimits.MARKDOWN_LENGTH) String situation,
			@Column(name = "prompt", nullable = false, length = ContentLimits.MAX_PROMPT_LENGTH) String prompt) {
	}

	/** An option's text and feedback in one language. */
	@Embeddable
	public record Option(
			@Column(name = "option_text", nullable = false, length = ContentLimits.MAX_STATEMENT_LENGTH) String text,
			@Column(name = "feedback", nullable = false,
					length = ContentLimits.MAX_EXPLANATION_LENGTH) String feedback) {
	}

}
