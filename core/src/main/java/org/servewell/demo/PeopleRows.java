package org.servewell.demo;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Departments and people: a manager per team (or the existing lead of the first team),
 * then the learners, each with a start date, and their roles. Nobody generated can sign
 * in: no password is set.
 */
final class PeopleRows {

	private static final String[] FIRST = { "Amara", "Ben", "Chloe", "Dev", "Elif", "Farid", "Grace", "Hugo", "Ines",
			"Jonas", "Kemi", "Liam", "Maya", "Noah", "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tomas", "Uma", "Vera",
			"Wen", "Yusuf", "Zoe" };

	private static final String[] LAST = { "Adeyemi", "Becker", "Costa", "Dubois", "Evans", "Fischer", "Garcia",
			"Hansen", "Ivanova", "Jensen", "Kowalski", "Larsen", "Moreau", "Nakamura", "Okafor", "Petrov", "Rossi",
			"Silva", "Tanaka", "Usman", "Virtanen", "Weber", "Yilmaz", "Zhang" };

	private final Rows rows;

	private final OrganisationSize size;

	private final Set<String> namesTaken = new HashSet<>();

	private final List<Long> departmentIds = new ArrayList<>();

	private PreparedStatement person;

	private PreparedStatement role;

	PeopleRows(Rows rows, OrganisationSize size) {
		this.rows = rows;
		this.size = size;
	}

	/** Inserts the departments, managers and learners; flushes the batches at the end. */
	Staff insert() throws SQLException {
		for (OrganisationSize.DepartmentPlan department : this.size.departments()) {
			this.departmentIds.add(department(department.name()));
		}
		Long lead = (this.size.leadEmail() != null)
				? this.rows.single("select id from person where email = ?", this.size.leadEmail()) : null;
		List<Member> managers = new ArrayList<>();
		List<Member> learners = new ArrayList<>();
		try (PreparedStatement person = personStatement(); PreparedStatement role = roleStatement()) {
			this.person = person;
			this.role = role;
			for (int team = 0; team < this.size.teams(); team++) {
				if (team == 0 && lead != null) {
					managers.add(new Member(lead, null, null, department(team), null, null, team));
				}
				else {
					LocalDate start = this.rows.today.minusDays(400 + this.rows.random.nextInt(1_500));
					managers.add(add(department(team), teamLead(team), start, null, team, true, "MANAGER"));
				}
			}
			for (int i = 0; i < this.size.learners(); i++) {
				int team = i / this.size.teamSize();
				LocalDate start = this.rows.today.minusDays(3 + this.rows.random.nextInt(362));
				add(learners, department(team), jobRole(team), start, managers.get(team).id(), team);
			}
			person.executeBatch();
			role.executeBatch();
		}
		return new Staff(managers, learners, this.departmentIds);
	}

	/**
	 * Inserts one more learner (a hire) at once, with the name they were hired under.
	 */
	Member hire(String name, String email, int team, LocalDate start, long managerId) throws SQLException {
		try (PreparedStatement person = personStatement(); PreparedStatement role = roleStatement()) {
			this.person = person;
			this.role = role;
			Member hired = insert(this.rows.id("person"), name, email, department(team), jobRole(team), start,
					managerId, team, true, "LEARNER");
			person.executeBatch();
			role.executeBatch();
			return hired;
		}
	}

	private PreparedStatement personStatement() throws SQLException {
		return this.rows.connection.prepareStatement("""
				insert into person (id, email, display_name, password_hash, enabled, department_id, job_role,
				    start_date, manager_id, version, created_at, updated_at)
				values (?, ?, ?, null, ?, ?, ?, ?, ?, 0, ?, ?)""");
	}

	private PreparedStatement roleStatement() throws SQLException {
		return this.rows.connection.prepareStatement("insert into person_role (person_id, role) values (?, ?)");
	}

	/** A name not given to anyone generated yet, with its address. */
	String[] freshName(long id) {
		while (true) {
			String first = FIRST[this.rows.random.nextInt(FIRST.length)];
			String last = LAST[this.rows.random.nextInt(LAST.length)];
			if (this.size.numbered()) {
				return new String[] { first + " " + last + " " + id, "bench-" + id + "@" + this.size.emailDomain() };
			}
			String name = first + " " + last;
			if (this.namesTaken.add(name)) {
				return new String[] { name,
						(first + "." + last).toLowerCase(Locale.ROOT) + "@" + this.size.emailDomain() };
			}
		}
	}

	String jobRole(int team) {
		return this.size.departments().get(team % this.size.departments().size()).jobRole();
	}

	long department(int team) {
		return this.departmentIds.get(team % this.departmentIds.size());
	}

	private String teamLead(int team) {
		return this.size.numbered() ? "Team lead"
				: this.size.departments().get(team % this.size.departments().size()).name() + " team lead";
	}

	private void add(List<Member> learners, long department, String jobRole, LocalDate start, long managerId, int team)
			throws SQLException {
		learners.add(add(department, jobRole, start, managerId, team,
				this.size.numbered() ? !this.rows.chance(50) : true, "LEARNER"));
		if (learners.size() % Rows.BATCH == 0) {
			this.person.executeBatch();
			this.role.executeBatch();
		}
	}

	private Member add(long department, String jobRole, LocalDate start, Long managerId, int team, boolean enabled,
			String roleName) throws SQLException {
		long id = this.rows.id("person");
		String[] name = freshName(id);
		return insert(id, name[0], name[1], department, jobRole, start, managerId, team, enabled, roleName);
	}

	private Member insert(long id, String name, String email, long department, String jobRole, LocalDate start,
			Long managerId, int team, boolean enabled, String roleName) throws SQLException {
		LocalDateTime created = start.minusDays(7).atTime(9, 0);
		Rows.add(this.person, id, email, name, enabled, department, jobRole, start, managerId, created, created);
		Rows.add(this.role, id, roleName);
		if (!roleName.equals("LEARNER")) {
			Rows.add(this.role, id, "LEARNER");
		}
		return new Member(id, name, email, department, start, managerId, team);
	}

	private long department(String name) throws SQLException {
		Long existing = this.rows.single("select id from department where lower(name) = lower(?)", name);
		if (existing != null) {
			return existing;
		}
		long id = this.rows.id("department");
		try (PreparedStatement insert = this.rows.connection
			.prepareStatement("insert into department (id, name) values (?, ?)")) {
			Rows.add(insert, id, name);
			insert.executeBatch();
		}
		return id;
	}

	/** Who was generated: the managers by team, then the learners. */
	record Staff(List<Member> managers, List<Member> learners, List<Long> departmentIds) {
	}

	/**
	 * A generated person.
	 *
	 * @param id their id
	 * @param name their display name (null for an existing lead)
	 * @param email their address (null for an existing lead)
	 * @param departmentId their department
	 * @param start their start date (null for an existing lead)
	 * @param managerId their manager, null for a manager
	 * @param team their team's number
	 */
	record Member(long id, String name, String email, long departmentId, LocalDate start, Long managerId, int team) {
	}

}
