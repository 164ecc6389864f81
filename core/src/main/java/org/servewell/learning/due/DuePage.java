package org.servewell.learning.due;

import java.util.List;

/**
 * One page of a keyset walk: what the page holds, and where the next page starts.
 *
 * @param items what the page holds (fewer than asked for does not mean the walk ended:
 * rows of disabled people are left out after the keys were read)
 * @param next the position to continue after, or null when the walk has ended
 * @param <T> what the walk finds
 * @param <P> the position in the walk
 */
public record DuePage<T, P>(List<T> items, P next) {

	/** Whether there is a page after this one. */
	public boolean hasNext() {
		return this.next != null;
	}

}
