package org.servewell.authoring;

import org.servewell.content.EssayCitation;

/**
 * An essay point a lesson or scenario can cite.
 *
 * @param citation the essay and point ids, as the content format writes them
 * @param essayTitle the essay's title
 * @param point the point in one sentence
 */
public record SourceChoice(EssayCitation citation, String essayTitle, String point) {

	/** How a picker shows it. */
	public String label() {
		return this.essayTitle + ": " + this.point;
	}

}
