package org.servewell.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.servewell.people.Roles;
import org.servewell.reporting.ReportAudience.Audience;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Course completions per month by the people in the asker's audience
 * ({@link ReportAudience}), counted in the database: each completion of a course counts,
 * renewals included; path completions do not (their courses already did).
 */
@Service
public class CompletionTrendService {

	/** Months shown, the current one included. */
	public static final int MONTHS = 12;

	private final JdbcClient jdbc;

	private final ReportAudience audience;

	private final Clock clock;

	CompletionTrendService(JdbcClient jdbc, ReportAudience audience, Clock clock) {
		this.jdbc = jdbc;
		this.audience = audience;
		this.clock = clock;
	}

	/**
	 * Completions in each of the last {@value #MONTHS} months, oldest first, months
	 * without any included (times are UTC, as stored); withdrawn ones do not count.
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<CompletionMonth> lastTwelveMonths() {
		Audience audience = this.audience.ofSignedIn();
		YearMonth first = YearMonth.now(this.clock).minusMonths(MONTHS - 1);
		Map<String, Object> parameters = new HashMap<>(audience.parameters());
		parameters.put("from", first.atDay(1).atStartOfDay());
		Map<YearMonth, Integer> counts = new HashMap<>();
		this.jdbc.sql("""
				select year(c.completed_at) as y, month(c.completed_at) as m, count(*) as completions
				from completion c join person p on p.id = c.person_id
				where %s and c.course_id is not null and c.withdrawn_at is null and c.completed_at >= :from
				group by year(c.completed_at), month(c.completed_at)
				""".formatted(audience.condition("p"))).params(parameters).query((rs) -> {
			counts.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getInt("completions"));
		});
		return Stream.iterate(first, (month) -> month.plusMonths(1))
			.limit(MONTHS)
			.map((month) -> new CompletionMonth(month, counts.getOrDefault(month, 0)))
			.toList();
	}

	/**
	 * Completions in one month.
	 *
	 * @param month the month
	 * @param completions how many course completions
	 */
	public record CompletionMonth(YearMonth month, int completions) {
	}

}
