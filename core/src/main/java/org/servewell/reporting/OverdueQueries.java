package org.servewell.reporting;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.servewell.reporting.ReportAudience.Audience;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;

/**
 * Open assignments that are overdue or due soon, counted, sorted and paged in the
 * database: a page reads only its own rows, and the CSV reads its rows one at a time from
 * a forward-only result set (streamed on MySQL), so neither grows with the number of
 * learners.
 * <p>
 * Open means not complete, complete being a completion of the course that has not expired
 * (as on the Progress page). The last reminder is the newest notification sent (status
 * SENT) about the assignment; it is looked up for the rows of a page only.
 */
@Repository
class OverdueQueries {

	private static final String FROM_OPEN = """
			from course_assignment a
			join person p on p.id = a.person_id
			left join department d on d.id = p.department_id
			left join person m on m.id = p.manager_id
			where %s and a.due_date is not null and a.due_date <= :lastDue%s
			and (a.valid_until is null or a.valid_until <= :today)""";

	private static final String ROW_COLUMNS = """
			a.id as assignment_id, a.person_id as person_id, a.course_id as course_id, a.due_date as due_date,
			    p.display_name as display_name, d.name as department, m.display_name as manager_name,
			    case when d.name is null then 1 else 0 end as no_department,
			    case when m.display_name is null then 1 else 0 end as no_manager""";

	// The newest reminder sent about the row's assignment (a manager's digest has
	// assignment 0 and is never matched).
	private static final String WITH_REMINDER = """
			select pg.assignment_id as assignment_id, pg.person_id as person_id, pg.course_id as course_id,
			    pg.due_date as due_date, pg.display_name as display_name, pg.department as department,
			    pg.manager_name as manager_name, pg.no_department as no_department, pg.no_manager as no_manager,
			    n.kind as reminder_kind, n.sent_at as reminder_sent_at
			from (%s) pg
			left join notification n on n.id = (select n2.id from notification n2
			    where n2.assignment_id = pg.assignment_id and n2.status = 'SENT'
			    order by n2.sent_at desc, n2.id desc limit 1)
			order by %s""";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	OverdueQueries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(streamingFetchSize(dataSource));
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	/** How many open assignments the filter shows. */
	int count(Audience audience, OverdueFilter filter, LocalDate today) {
		return this.jdbc.sql("select count(*) " + from(audience, filter))
			.params(parameters(audience, filter, today))
			.query(Integer.class)
			.single();
	}

	/** One page of the open assignments the filter shows, in the order asked for. */
	List<Found> page(Audience audience, OverdueFilter filter, OverdueOrder order, boolean descending, LocalDate today,
			int offset, int limit) {
		String orderBy = order.orderBy(descending);
		String page = "select " + ROW_COLUMNS + " " + from(audience, filter) + " order by " + orderBy
				+ " limit :limit offset :offset";
		Map<String, Object> parameters = parameters(audience, filter, today);
		parameters.put("limit", limit);
		parameters.put("offset", offset);
		return this.jdbc.sql(WITH_REMINDER.formatted(page, orderBy))
			.params(parameters)
			.query((rs, row) -> found(rs))
			.list();
	}

	/**
	 * Every open assignment the filter shows, in order, handed over one at a time as the
	 * rows are read; no other query may run on the connection meanwhile (MySQL streams).
	 */
	void each(Audience audience, OverdueFilter filter, OverdueOrder order, boolean descending, LocalDate today,
			Consumer<Found> action) {
		String orderBy = order.orderBy(descending);
		String all = "select " + ROW_COLUMNS + " " + from(audience, filter);
		this.streaming.query(WITH_REMINDER.formatted(all, orderBy), parameters(audience, filter, today),
				(ResultSet rs) -> action.accept(found(rs)));
	}

	/** Every course's id, for looking up titles before a CSV streams. */
	List<Long> courseIds() {
		return this.jdbc.sql("select id from course order by id").query(Long.class).list();
	}

	/** The departments of the people in view, by name. */
	List<String> departments(Audience audience) {
		return this.jdbc.sql("""
				select distinct d.name as name from person p join department d on d.id = p.department_id
				where %s order by d.name""".formatted(audience.condition("p")))
			.params(audience.parameters())
			.query(String.class)
			.list();
	}

	/** The managers of the people in view, by name. */
	List<OverdueChoices.Manager> managers(Audience audience) {
		return this.jdbc.sql("""
				select distinct m.id as id, m.display_name as name from person p join person m on m.id = p.manager_id
				where %s order by m.display_name, m.id""".formatted(audience.condition("p")))
			.params(audience.parameters())
			.query((rs, row) -> new OverdueChoices.Manager(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	private static String from(Audience audience, OverdueFilter filter) {
		String filters = ((filter.department() != null) ? " and d.name = :department" : "")
				+ ((filter.managerId() != null) ? " and p.manager_id = :filterManagerId" : "");
		return FROM_OPEN.formatted(audience.condition("p"), filters);
	}

	private static Map<String, Object> parameters(Audience audience, OverdueFilter filter, LocalDate today) {
		Map<String, Object> parameters = new HashMap<>(audience.parameters());
		parameters.put("today", today);
		parameters.put("lastDue", today.plusDays(filter.window().daysAhead()));
		if (filter.department() != null) {
			parameters.put("department", filter.department());
		}
		if (filter.managerId() != null) {
			parameters.put("filterManagerId", filter.managerId());
		}
		return parameters;
	}

	private static Found found(ResultSet rs) throws SQLException {
		LocalDateTime sentAt = rs.getObject("reminder_sent_at", LocalDateTime.class);
		OverdueRow.LastReminder reminder = (sentAt != null)
				? new OverdueRow.LastReminder(rs.getString("reminder_kind"), sentAt.toInstant(ZoneOffset.UTC)) : null;
		return new Found(rs.getLong("assignment_id"), rs.getLong("person_id"), rs.getLong("course_id"),
				rs.getString("display_name"), rs.getString("department"), rs.getObject("due_date", LocalDate.class),
				rs.getString("manager_name"), reminder);
	}

	// MySQL Connector/J streams a result set row by row only with this fetch size; other
	// drivers take it as a number of rows to fetch at a time.
	private static int streamingFetchSize(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return (product.contains("MySQL") || product.contains("MariaDB")) ? Integer.MIN_VALUE : 500;
		}
		catch (MetaDataAccessException ex) {
			return 500;
		}
	}

	/**
	 * One open assignment as read; times in the database are UTC.
	 */
	record Found(long assignmentId, long personId, long courseId, String personName, String department,
			LocalDate dueDate, String managerName, OverdueRow.LastReminder lastReminder) {
	}

}
