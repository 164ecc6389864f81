package org.servewell.demo;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies of the bundled courses, for a benchmark that needs more courses than the content
 * has (its completion matrix is 100,000 learners by 20 courses; the content bundles
 * five). Each copy is a new course, {@code bench-course-<n>}, whose version, lessons and
 * scenario bank repeat its original's row for row under new ids, copied inside the
 * database.
 */
final class CourseCopies {

	private CourseCopies() {
	}

	static void add(Rows rows, List<Catalogue.Course> originals, int copies) throws SQLException {
		for (int n = 0; n < copies; n++) {
			Catalogue.Course original = originals.get(n % originals.size());
			long course = rows.single("select coalesce(max(id), 0) + 1 from course");
			long version = rows.single("select coalesce(max(id), 0) + 1 from course_version");
			String code = "bench-course-" + (originals.size() + n + 1);
			rows.execute("insert into course (id, code, created_at) select " + course + ", '" + code
					+ "', created_at from course where id = " + original.id());
			copy(rows, "course_version", Map.of("id", String.valueOf(version), "course_id", String.valueOf(course)),
					"id = " + original.versionId());
			long lessonOffset = rows.single("select coalesce(max(id), 0) from lesson");
			copy(rows, "lesson", Map.of("id", "id + " + lessonOffset, "course_version_id", String.valueOf(version)),
					"course_version_id = " + original.versionId());
			long scenarioOffset = rows.single("select coalesce(max(id), 0) from scenario");
			copy(rows, "scenario", Map.of("id", "id + " + scenarioOffset, "course_version_id", String.valueOf(version)),
					"course_version_id = " + original.versionId());
			String ofOriginal = "scenario_id in (select id from scenario where course_version_id = "
					+ original.versionId() + ")";
			long optionOffset = rows.single("select coalesce(max(id), 0) from scenario_option");
			copy(rows, "scenario_option",
					Map.of("id", "id + " + optionOffset, "scenario_id", "scenario_id + " + scenarioOffset), ofOriginal);
			copy(rows, "scenario_trait", Map.of("scenario_id", "scenario_id + " + scenarioOffset), ofOriginal);
		}
	}

	/**
	 * Inserts a copy of the rows of a table matching a condition, every column copied but
	 * those given an expression.
	 */
	private static void copy(Rows rows, String table, Map<String, String> changed, String where) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Statement statement = rows.connection.createStatement();
				ResultSet empty = statement.executeQuery("select * from " + table + " where 1 = 0")) {
			ResultSetMetaData meta = empty.getMetaData();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				columns.add(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
			}
		}
		List<String> values = columns.stream().map((column) -> changed.getOrDefault(column, column)).toList();
		rows.execute("insert into " + table + " (" + String.join(", ", columns) + ") select "
				+ String.join(", ", values) + " from " + table + " where " + where);
	}

}
