package org.servewell.reporting;

import java.time.LocalDate;

/**
 * Which submitted quiz answers the results by service trait count, by when the attempt
 * was submitted.
 */
public enum TraitPeriod {

	/** Attempts submitted in the last 3 months. */
	LAST_3_MONTHS(3),

	/** Attempts submitted in the last 12 months. */
	LAST_12_MONTHS(12),

	/** Every submitted attempt. */
	ALL_TIME(0);

	private final int months;

	TraitPeriod(int months) {
		this.months = months;
	}

	/** The first day counted, or null for all time. */
	LocalDate since(LocalDate today) {
		return (this.months > 0) ? today.minusMonths(this.months) : null;
	}

}
