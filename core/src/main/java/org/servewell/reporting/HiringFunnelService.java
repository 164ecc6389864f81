package org.servewell.reporting;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The hiring funnel: per position, how many candidates added in a period were
 * interviewed, decided and hired, and how long a decision took. Candidates are HR's data,
 * so the funnel is for HR only (administrators who screen hold HR too), on screen and in
 * CSV.
 * <p>
 * The database returns one short row per candidate in the period and the counts and
 * medians are taken here: a company adds hundreds of candidates a year, not millions, and
 * a median cannot be taken in portable SQL.
 */
@Service
public class HiringFunnelService {

	/** The CSV's columns, in order. */
	static final List<String> CSV_HEADER = List.of("Position", "Candidates", "Interviewed", "Decided", "Hired",
			"Median days to decision", "Mean days to decision");

	private static final double SECONDS_A_DAY = Duration.ofDays(1).toSeconds();

	private final HiringFunnelQueries queries;

	private final Clock clock;

	HiringFunnelService(HiringFunnelQueries queries, Clock clock) {
		this.queries = queries;
		this.clock = clock;
	}

	/**
	 * The funnel of every position for candidates added from {@code from} to {@code to},
	 * both days included (in the application's time zone); either may be null for no
	 * limit. Refused when the period ends before it starts.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public HiringFunnel funnel(LocalDate from, LocalDate to) {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidReportFilterException(new Said("reports.period-reversed"));
		}
		Instant start = (from != null) ? from.atStartOfDay(this.clock.getZone()).toInstant() : Instant.EPOCH;
		Instant until = (to != null) ? to.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant()
				: this.clock.instant().plus(Duration.ofDays(1));
		Map<String, List<HiringFunnelQueries.CandidateStage>> byPosition = new LinkedHashMap<>();
		for (HiringFunnelQueries.CandidateStage candidate : this.queries.candidates(start, until)) {
			byPosition.computeIfAbsent(candidate.position(), (position) -> new ArrayList<>()).add(candidate);
		}
		List<HiringFunnel.Position> positions = new ArrayList<>();
		byPosition.forEach((position, candidates) -> positions.add(tally(position, candidates)));
		return new HiringFunnel(from, to, positions);
	}

	/**
	 * Writes the funnel of every position as CSV, one row per position, with the same
	 * period as {@link #funnel}.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public void writeCsv(LocalDate from, LocalDate to, OutputStream out) {
		HiringFunnel funnel = funnel(from, to);
		try (CsvReport csv = CsvReport.start(out, CSV_HEADER)) {
			for (HiringFunnel.Position position : funnel.positions()) {
				csv.row(position.position(), position.candidates(), position.interviewed(), position.decided(),
						position.hired(), oneDecimal(position.medianDaysToDecision()),
						oneDecimal(position.meanDaysToDecision()));
			}
		}
	}

	/** The CSV's file name, saying what and when. */
	public String csvFileName() {
		return CsvReport.fileName("hiring-funnel", this.clock);
	}

	private static HiringFunnel.Position tally(String position, List<HiringFunnelQueries.CandidateStage> candidates) {
		int interviewed = 0;
		int hired = 0;
		List<Double> days = new ArrayList<>();
		for (HiringFunnelQueries.CandidateStage candidate : candidates) {
			interviewed += candidate.interviewed() ? 1 : 0;
			hired += candidate.hired() ? 1 : 0;
			if (candidate.decidedAt() != null) {
				days.add(Duration.between(candidate.addedAt(), candidate.decidedAt()).toSeconds() / SECONDS_A_DAY);
			}
		}
		return new HiringFunnel.Position(position, candidates.size(), interviewed, days.size(), hired, median(days),
				mean(days));
	}

	static Double median(List<Double> values) {
		if (values.isEmpty()) {
			return null;
		}
		List<Double> sorted = values.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
	}

	private static Double mean(List<Double> values) {
		return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
	}

	private static BigDecimal oneDecimal(Double value) {
		return (value != null) ? BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP) : null;
	}

}
