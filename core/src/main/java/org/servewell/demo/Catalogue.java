package org.servewell.demo;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published content the generated learning refers to, read from the catalogue's and
 * hiring's tables: each course's current version (the newest not retired) with its
 * lessons and scenario bank, the onboarding paths, the trait codes and the interview
 * kits' current versions. Real ids, so that item analysis and trait results read the
 * generated answers as they read a learner's.
 */
record Catalogue(List<Course> courses, Map<String, Path> paths, List<String> traits, Map<String, Kit> kits) {

	/**
	 * Reads the catalogue, adding copies of its courses until it holds {@code courses}.
	 */
	static Catalogue read(Rows rows, int courses) throws SQLException {
		List<Course> read = courses(rows);
		if (read.isEmpty()) {
			throw new IllegalStateException("The schema holds no published course: load the training content first");
		}
		if (read.size() < courses) {
			CourseCopies.add(rows, read, courses - read.size());
			read = courses(rows);
		}
		return new Catalogue(read, paths(rows), strings(rows, "select code from service_trait order by display_order"),
				kits(rows));
	}

	Course course(long courseId) {
		return this.courses.stream().filter((course) -> course.id() == courseId).findFirst().orElseThrow();
	}

	Optional<Kit> kit(String code) {
		return Optional.ofNullable(this.kits.get(code));
	}

	private static List<Course> courses(Rows rows) throws SQLException {
		List<Course> courses = new ArrayList<>();
		try (PreparedStatement statement = rows.connection.prepareStatement("""
				select c.id, c.code, v.id, v.title, v.scenarios_per_attempt, v.pass_mark,
				    (select count(*) from lesson l where l.course_version_id = v.id)
				from course c join course_version v on v.course_id = c.id
				where v.retired_at is null and v.scenarios_per_attempt is not null
				    and v.version_number = (select max(v2.version_number) from course_version v2
				        where v2.course_id = c.id and v2.retired_at is null)
				order by c.id"""); ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				courses.add(new Course(result.getLong(1), result.getString(2), result.getLong(3), result.getString(4),
						result.getInt(5), result.getInt(6), result.getInt(7), new ArrayList<>()));
			}
		}
		Map<Long, Scenario> scenarios = new LinkedHashMap<>();
		for (Course course : courses) {
			try (PreparedStatement statement = rows.connection
				.prepareStatement("select id from scenario where course_version_id = ? order by scenario_number")) {
				statement.setLong(1, course.versionId());
				try (ResultSet result = statement.executeQuery()) {
					while (result.next()) {
						Scenario scenario = new Scenario(result.getLong(1), new ArrayList<>(), new ArrayList<>());
						course.scenarios().add(scenario);
						scenarios.put(scenario.id(), scenario);
					}
				}
			}
		}
		try (PreparedStatement statement = rows.connection.prepareStatement("""
				select o.scenario_id, o.id, o.rating from scenario_option o order by o.scenario_id, o.option_number""");
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				Scenario scenario = scenarios.get(result.getLong(1));
				if (scenario != null) {
					scenario.options().add(new Option(result.getLong(2), result.getInt(3)));
				}
			}
		}
		try (PreparedStatement statement = rows.connection.prepareStatement("""
				select st.scenario_id, t.code from scenario_trait st join service_trait t on t.id = st.trait_id
				order by st.scenario_id, st.trait_number"""); ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				Scenario scenario = scenarios.get(result.getLong(1));
				if (scenario != null) {
					scenario.traits().add(result.getString(2));
				}
			}
		}
		return courses;
	}

	private static Map<String, Path> paths(Rows rows) throws SQLException {
		Map<String, Path> paths = new LinkedHashMap<>();
		try (PreparedStatement statement = rows.connection.prepareStatement("""
				select p.id, p.code, pc.course_id, pc.due_after_days from onboarding_path p
				join onboarding_path_course pc on pc.path_id = p.id order by p.id, pc.step_number""");
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				long pathId = result.getLong(1);
				paths.computeIfAbsent(result.getString(2), (code) -> new Path(pathId, code, new ArrayList<>()))
					.steps()
					.add(new Step(result.getLong(3), result.getInt(4)));
			}
		}
		return paths;
	}

	private static Map<String, Kit> kits(Rows rows) throws SQLException {
		Map<String, Kit> kits = new LinkedHashMap<>();
		try (PreparedStatement statement = rows.connection.prepareStatement("""
				select k.code, v.id, t.trait_code from interview_kit k
				join interview_kit_version v on v.kit_id = k.id
				join kit_trait t on t.kit_version_id = v.id
				where k.retired_at is null and v.version_number = (select max(v2.version_number)
				    from interview_kit_version v2 where v2.kit_id = k.id)
				order by k.id, t.trait_number"""); ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				long versionId = result.getLong(2);
				kits.computeIfAbsent(result.getString(1), (code) -> new Kit(versionId, new ArrayList<>()))
					.traits()
					.add(result.getString(3));
			}
		}
		return kits;
	}

	private static List<String> strings(Rows rows, String sql) throws SQLException {
		List<String> strings = new ArrayList<>();
		try (PreparedStatement statement = rows.connection.prepareStatement(sql);
				ResultSet result = statement.executeQuery()) {
			while (result.next()) {
				strings.add(result.getString(1));
			}
		}
		return strings;
	}

	/** A course's current version, its lesson count, quiz settings and bank. */
	record Course(long id, String code, long versionId, String title, int scenariosPerAttempt, int passMark,
			int lessons, List<Scenario> scenarios) {
	}

	/** A scenario, the traits it trains and its options in content order. */
	record Scenario(long id, List<String> traits, List<Option> options) {

		Option best() {
			return this.options.stream().max((a, b) -> Integer.compare(a.rating(), b.rating())).orElseThrow();
		}

	}

	/** An option and its rating (1-4). */
	record Option(long id, int rating) {
	}

	/** An onboarding path and its courses, each due some days after the start date. */
	record Path(long id, String code, List<Step> steps) {
	}

	record Step(long courseId, int dueAfterDays) {
	}

	/** An interview kit's current version and the traits it rates, in kit order. */
	record Kit(long versionId, List<String> traits) {
	}

}
