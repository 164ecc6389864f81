package org.servewell.web.api;

import java.util.List;

import org.servewell.shared.ResultPage;

/**
 * One page of a list.
 *
 * @param items the page's items
 * @param page the page number, from 0
 * @param size the most items a page holds
 * @param totalItems items in all pages
 * @param totalPages how many pages there are
 */
record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	/** A page counted and cut in the database. */
	static <T> ApiPage<T> of(ResultPage<T> page) {
		return new ApiPage<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages());
	}

	/**
	 * The page of {@code all}, for lists that are short by nature (one person's courses).
	 */
	static <T> ApiPage<T> of(List<T> all, int page, int size) {
		int from = (int) Math.min((long) page * size, all.size());
		int to = Math.min(from + size, all.size());
		return new ApiPage<>(List.copyOf(all.subList(from, to)), page, size, all.size(),
				(all.size() + size - 1) / size);
	}

}
