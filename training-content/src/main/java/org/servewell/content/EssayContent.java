package org.servewell.content;

import java.util.List;

/**
 * One source essay's coverage map: its main points, in our own words, that lessons and
 * scenarios cite.
 *
 * @param essay the essay's file name in the shared seeds
 * @param title our own short title for it
 * @param points its main points
 */
public record EssayContent(String essay, String title, List<Point> points) {

	public EssayContent {
		points = List.copyOf(points);
	}

	/**
	 * One main point of an essay.
	 *
	 * @param id unique within the essay
	 * @param point the point in one sentence
	 */
	public record Point(String id, String point) {
	}

}
