package org.servewell.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.servewell.catalog.bank.CourseBank;
import org.servewell.people.Roles;
import org.servewell.reporting.ReportAudience.Audience;
import org.servewell.reporting.TraitResults.Cell;
import org.servewell.reporting.TraitResults.Team;
import org.servewell.reporting.TraitResults.Trait;
import org.servewell.reporting.TraitResultsQueries.Sums;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How teams do per service trait in scenario quizzes: the mean credit per department and
 * trait, with the answers and people behind each figure, for the people in the asker's
 * audience ({@link ReportAudience}).
 */
@Service
public class TraitResultsService {

	private static final List<String> CSV_HEADER = List.of("Team", "Service trait", "Mean credit (%)", "Answers",
			"People");

	private final TraitResultsQueries queries;

	private final ReportAudience audience;

	private final CourseBank bank;

	private final Clock clock;

	TraitResultsService(TraitResultsQueries queries, ReportAudience audience, CourseBank bank, Clock clock) {
		this.queries = queries;
		this.audience = audience;
		this.bank = bank;
		this.clock = clock;
	}

	/** The results per department and trait of answers submitted in the period. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public TraitResults results(TraitPeriod period) {
		Audience audience = this.audience.ofSignedIn();
		List<Sums> sums = this.queries.sums(audience, period.since(LocalDate.now(this.clock)));
		List<Trait> traits = this.bank.traitNames()
			.entrySet()
			.stream()
			.map((trait) -> new Trait(trait.getKey(), trait.getValue()))
			.toList();
		// Departments by name, people without one last; at most a few dozen rows.
		Map<String, List<Sums>> byDepartment = sums.stream()
			.collect(Collectors.groupingBy((sum) -> Objects.toString(sum.department(), ""),
					() -> new TreeMap<>(Comparator.comparing(String::isEmpty).thenComparing(Function.identity())),
					Collectors.toList()));
		List<Team> teams = new ArrayList<>();
		byDepartment
			.forEach((department, rows) -> teams.add(team(department.isEmpty() ? null : department, traits, rows)));
		// A person is in one department at most, so the teams' people add up.
		return new TraitResults(audience.teamOnly(), traits, teams, team(null, traits, sums));
	}

	/**
	 * Writes the results as CSV, a row per team and trait with answers, then everyone in
	 * view together.
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public void writeCsv(TraitPeriod period, OutputStream out) {
		TraitResults results = results(period);
		Map<String, String> names = results.traits().stream().collect(Collectors.toMap(Trait::code, Trait::name));
		String everyone = results.teamOnly() ? "Your team" : "Everyone in view";
		try (CsvReport csv = CsvReport.start(out, CSV_HEADER)) {
			for (Team team : results.teams()) {
				row(csv, (team.department() != null) ? team.department() : "No department", team, names);
			}
			row(csv, everyone, results.total(), names);
		}
	}

	/** The CSV file's name, saying what and when. */
	public String csvFileName() {
		return CsvReport.fileName("results-by-service-trait", this.clock);
	}

	private static void row(CsvReport csv, String teamName, Team team, Map<String, String> names) {
		for (Cell cell : team.cells()) {
			if (cell.answers() > 0) {
				csv.row(teamName, names.get(cell.traitCode()), cell.percent(), cell.answers(), cell.people());
			}
		}
	}

	private static Team team(String department, List<Trait> traits, List<Sums> sums) {
		List<Cell> cells = traits.stream().map((trait) -> {
			List<Sums> ofTrait = sums.stream().filter((sum) -> sum.traitCode().equals(trait.code())).toList();
			return new Cell(trait.code(), ofTrait.stream().mapToLong(Sums::points).sum(),
					ofTrait.stream().mapToLong(Sums::answers).sum(), ofTrait.stream().mapToLong(Sums::people).sum());
		}).toList();
		return new Team(department, cells);
	}

}
