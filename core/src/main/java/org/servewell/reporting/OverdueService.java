package org.servewell.reporting;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.people.Roles;
import org.servewell.reporting.ReportAudience.Audience;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Who is behind: open assignments that are overdue or due soon, with the person's manager
 * and the last reminder sent, for the people in the asker's audience
 * ({@link ReportAudience}), a page at a time or as a streamed CSV of exactly what the
 * filters show.
 */
@Service
@Validated
public class OverdueService {

	private static final List<String> CSV_HEADER = List.of("Person", "Department", "Course", "Due date", "Days overdue",
			"Manager", "Last reminder", "Last reminder sent (UTC)");

	private final OverdueQueries queries;

	private final ReportAudience audience;

	private final CourseBank bank;

	private final Clock clock;

	OverdueService(OverdueQueries queries, ReportAudience audience, CourseBank bank, Clock clock) {
		this.queries = queries;
		this.audience = audience;
		this.bank = bank;
		this.clock = clock;
	}

	/** The departments and managers the filters offer, from the people in view. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public OverdueChoices choices() {
		Audience audience = this.audience.ofSignedIn();
		return new OverdueChoices(audience.teamOnly(), this.queries.departments(audience),
				audience.teamOnly() ? List.of() : this.queries.managers(audience));
	}

	/** How many open assignments the filter shows: the number of rows its pages hold. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public int count(@Valid OverdueFilter filter) {
		return this.queries.count(this.audience.ofSignedIn(), filter, LocalDate.now(this.clock));
	}

	/**
	 * One page of the open assignments the filter shows.
	 * @param filter the due window, department and manager
	 * @param order what to sort by ({@link OverdueOrder#DUE_DATE} ascending puts the most
	 * overdue first)
	 * @param descending whether in reverse
	 * @param offset rows to skip
	 * @param limit rows at most
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<OverdueRow> page(@Valid OverdueFilter filter, OverdueOrder order, boolean descending, int offset,
			int limit) {
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, BankVersion> versions = new HashMap<>();
		return this.queries.page(this.audience.ofSignedIn(), filter, order, descending, today, offset, limit)
			.stream()
			.map((found) -> row(found, versions.computeIfAbsent(found.courseId(), this::newestVersion), today))
			.toList();
	}

	/**
	 * Writes the rows the filter shows, in the order given, as CSV to {@code out}, one
	 * row at a time.
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public void writeCsv(@Valid OverdueFilter filter, OverdueOrder order, boolean descending, OutputStream out) {
		Audience audience = this.audience.ofSignedIn();
		LocalDate today = LocalDate.now(this.clock);
		// Titles first: while MySQL streams the rows, the connection runs nothing else.
		Map<Long, BankVersion> versions = new HashMap<>();
		this.queries.courseIds().forEach((courseId) -> versions.put(courseId, newestVersion(courseId)));
		try (CsvReport csv = CsvReport.start(out, CSV_HEADER)) {
			this.queries.each(audience, filter, order, descending, today, (found) -> {
				OverdueRow row = row(found, versions.get(found.courseId()), today);
				csv.row(row.personName(), row.department(), row.courseTitle(), row.dueDate(), row.daysOverdue(),
						row.managerName(), (row.lastReminder() != null) ? row.lastReminder().kind() : null,
						(row.lastReminder() != null) ? row.lastReminder().sentAt() : null);
			});
		}
	}

	/** The CSV file's name, saying what and when. */
	public String csvFileName() {
		return CsvReport.fileName("overdue-and-due-soon", this.clock);
	}

	private BankVersion newestVersion(long courseId) {
		return this.bank.newestVersion(courseId).orElse(null);
	}

	private static OverdueRow row(OverdueQueries.Found found, BankVersion version, LocalDate today) {
		String code = (version != null) ? version.courseCode() : null;
		String title = (version != null) ? version.title() : "Course " + found.courseId();
		return new OverdueRow(found.assignmentId(), found.personId(), found.personName(), found.department(), code,
				title, found.dueDate(), (int) ChronoUnit.DAYS.between(found.dueDate(), today), found.managerName(),
				found.lastReminder());
	}

}
