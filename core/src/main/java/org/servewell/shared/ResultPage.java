package org.servewell.shared;

import java.util.List;

/**
 * One page of a list that is counted and cut in the database, so that reading a page
 * costs the same however long the list is.
 *
 * @param items the page's items, at most {@code size}
 * @param page the page number, from 0
 * @param size the most items a page holds
 * @param totalItems items in all pages
 * @param <T> what the list holds
 */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

	public ResultPage {
		items = List.copyOf(items);
	}

	/** How many pages there are. */
	public int totalPages() {
		return (int) ((this.totalItems + this.size - 1) / this.size);
	}

}
