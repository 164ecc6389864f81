package org.servewell.content;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One source essay's coverage map: its main points, in our own words, that lessons and
 * scenarios cite.
 *
 * @param essay the essay's file name in the shared seeds
 * @param title our own short title for it
 * @param source what the essay itself says about where it comes from
 * @param points its main points
 */
public record EssayContent(String essay, String title, Source source, List<Point> points) {

	public EssayContent {
		source = (source != null) ? source : Source.UNKNOWN;
		points = List.copyOf(points);
	}

	/**
	 * How a reader names the essay: its own title in quotation marks, then its author and
	 * date where the essay gives them; our short title when the essay has none of its
	 * own. For example {@code “Excellent Customer Service?”, 3 December 2008}.
	 */
	public String citation() {
		String named = (this.source.title() != null) ? "“" + this.source.title() + "”"
				: this.title + " (an untitled essay)";
		return Stream.of(named, this.source.author(), this.source.published())
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
	}

	/** The point with this id, if the essay has it. */
	public java.util.Optional<Point> point(String id) {
		return this.points.stream().filter((point) -> point.id().equals(id)).findFirst();
	}

	/**
	 * Where the essay comes from, as far as the essay itself tells; each part may be
	 * missing.
	 *
	 * @param title the essay's own title
	 * @param author who wrote it
	 * @param published when, as the essay gives it
	 */
	public record Source(String title, String author, String published) {

		/** An essay that names neither its title, author nor date. */
		public static final Source UNKNOWN = new Source(null, null, null);

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
