package org.servewell.web.ui.components;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Days, moments and figures as each language writes them; English as every screen wrote
 * them before.
 */
class FormatsTest {

	private static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);

	@Test
	void english_readers_get_days_moments_and_figures_as_before() {
		var moment = LocalDateTime.of(2026, 12, 1, 14, 5, 9).atZone(ZoneId.systemDefault()).toInstant();

		assertThat(Formats.day(FIRST_OF_DECEMBER, Locale.ENGLISH)).isEqualTo("1 Dec 2026")
			.isEqualTo(Formats.DAY.format(FIRST_OF_DECEMBER));
		assertThat(Formats.when(moment, Locale.ENGLISH)).isEqualTo("1 Dec 2026, 14:05");
		assertThat(Formats.time(moment, Locale.ENGLISH)).isEqualTo("14:05:09");
		assertThat(Formats.count(12_000, Locale.ENGLISH)).isEqualTo("12,000");
		assertThat(Formats.percent(80, Locale.ENGLISH)).isEqualTo("80%");
	}

	@Test
	void german_readers_get_days_moments_and_figures_the_german_way() {
		var moment = LocalDateTime.of(2026, 12, 1, 14, 5, 9).atZone(ZoneId.systemDefault()).toInstant();

		assertThat(Formats.day(FIRST_OF_DECEMBER, Locale.GERMAN)).isEqualTo("1. Dez. 2026");
		assertThat(Formats.when(moment, Locale.GERMAN)).isEqualTo("1. Dez. 2026, 14:05");
		assertThat(Formats.count(12_000, Locale.GERMAN)).isEqualTo("12.000");
		assertThat(Formats.percent(80, Locale.GERMAN)).isEqualTo("80\u00a0%");
	}

}
