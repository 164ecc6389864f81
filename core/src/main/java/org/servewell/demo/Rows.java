package org.servewell.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * What every writer shares: the connection, the seeded random source, the day the data is
 * generated for, and the next free id of each table. Ids are given explicitly, above the
 * largest existing one, so that rows can refer to each other inside one batch and the
 * rows already there (the demo accounts, the bundled content) stay; the database's own
 * counter moves past them (MySQL and H2 in MySQL mode both do).
 */
final class Rows {

	/** Rows per JDBC batch. */
	static final int BATCH = 2_000;

	final Connection connection;

	final Random random;

	final LocalDate today;

	private final Map<String, Long> nextIds = new HashMap<>();

	Rows(Connection connection, long seed, LocalDate today) {
		this.connection = connection;
		this.random = new Random(seed);
		this.today = today;
	}

	/** The next free id of a table, reserved. */
	long id(String table) throws SQLException {
		Long next = this.nextIds.get(table);
		if (next == null) {
			next = single("select coalesce(max(id), 0) + 1 from " + table);
		}
		this.nextIds.put(table, next + 1);
		return next;
	}

	/** A query's single number, or null. */
	Long single(String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = statement.executeQuery()) {
				return rows.next() ? (Long) rows.getObject(1, Long.class) : null;
			}
		}
	}

	void execute(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/**
	 * A moment during the working day of {@code day}, never after yesterday, so that
	 * nothing generated lies in the future.
	 */
	LocalDateTime during(LocalDate day) {
		LocalDate latest = this.today.minusDays(1);
		LocalDate when = day.isAfter(latest) ? latest : day;
		return when.atTime(8 + this.random.nextInt(9), this.random.nextInt(60));
	}

	/** A day between two days, both included (the first when they are reversed). */
	LocalDate between(LocalDate first, LocalDate last) {
		long days = last.toEpochDay() - first.toEpochDay();
		return (days <= 0) ? first : first.plusDays(this.random.nextInt((int) days + 1));
	}

	boolean chance(int oneIn) {
		return this.random.nextInt(oneIn) == 0;
	}

	static void set(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value == null) {
			statement.setNull(index, Types.NULL);
		}
		else {
			statement.setObject(index, value);
		}
	}

	/** Sets every parameter of a statement, in order, and adds it to the batch. */
	static void add(PreparedStatement statement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			set(statement, i + 1, values[i]);
		}
		statement.addBatch();
	}

}
