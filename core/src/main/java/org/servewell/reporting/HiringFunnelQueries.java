package org.servewell.reporting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads hiring's tables for the funnel: one row per candidate added in a period, with the
 * stages they reached. Erased candidates are left out: their data was removed on request
 * or at the end of the retention period, and a report must not bring them back, even as a
 * count.
 * <p>
 * Times are stored as UTC wall-clock values (Hibernate's {@code jdbc.time_zone=UTC}).
 */
@Repository
class HiringFunnelQueries {

	private final JdbcClient jdbc;

	HiringFunnelQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The candidates added from {@code from} (inclusive) until {@code until} (exclusive),
	 * by position. A candidate is interviewed once an interviewer submitted a scorecard,
	 * decided once HR recorded a decision; the decision that stands is the newest.
	 */
	List<CandidateStage> candidates(Instant from, Instant until) {
		return this.jdbc.sql("""
				select c.position as position, c.created_at as added_at,
				       c.hired_person_id is not null as hired,
				       (select max(d.decided_at) from candidate_decision d where d.candidate_id = c.id) as decided_at,
				       exists (select 1 from interview i join scorecard s on s.interview_id = i.id
				               where i.candidate_id = c.id and s.submitted_at is not null) as interviewed
				from candidate c
				where c.erased_at is null and c.created_at >= :from and c.created_at < :until
				order by c.position, c.id
				""")
			.param("from", utc(from))
			.param("until", utc(until))
			.query((rs, row) -> new CandidateStage(rs.getString("position"),
					instant(rs.getObject("added_at", LocalDateTime.class)), rs.getBoolean("interviewed"),
					instant(rs.getObject("decided_at", LocalDateTime.class)), rs.getBoolean("hired")))
			.list();
	}

	private static LocalDateTime utc(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(LocalDateTime utc) {
		return (utc != null) ? utc.toInstant(ZoneOffset.UTC) : null;
	}

	/**
	 * One candidate's way through hiring.
	 *
	 * @param position the position they applied for
	 * @param addedAt when HR added them
	 * @param interviewed whether an interviewer submitted a scorecard on them
	 * @param decidedAt when the decision that stands was recorded, or null
	 * @param hired whether they were hired
	 */
	record CandidateStage(String position, Instant addedAt, boolean interviewed, Instant decidedAt, boolean hired) {
	}

}
