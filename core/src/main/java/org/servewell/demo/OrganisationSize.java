package org.servewell.demo;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What the generator makes: how many learners in which departments, how much of their
 * learning is recorded, and whether hiring and reminders are added.
 *
 * @param departments the departments, each with the job role of its people; team
 * {@code t} works in department {@code t % departments.size()}
 * @param learners learners generated, besides their managers
 * @param teamSize learners per manager
 * @param coursesEach courses assigned to each learner who is on no onboarding path
 * @param courses published courses the schema must hold; copies of the bundled ones are
 * added when it holds fewer (the benchmark's 20)
 * @param attemptItems whether submitted attempts carry their answers (scenario and option
 * chosen), which item analysis and trait results read
 * @param hiring whether candidates, interviews, scorecards, decisions and hires are added
 * @param reminders whether the reminders already sent are added
 * @param emailDomain the domain of every generated address
 * @param marker marks generated certificate numbers ("DEMO-...")
 * @param leadEmail the existing person who leads the first team, if any
 */
public record OrganisationSize(List<DepartmentPlan> departments, int learners, int teamSize, int coursesEach,
		int courses, boolean attemptItems, boolean hiring, boolean reminders, String emailDomain, String marker,
		String leadEmail) {

	/** The domain every demo address is on. */
	public static final String DEMO_DOMAIN = "demo.servewell.org";

	public OrganisationSize {
		departments = List.copyOf(departments);
	}

	/**
	 * The demo: four departments, 42 learners in four teams (the first led by the demo
	 * manager), with answers, hiring and reminders.
	 * @param leadEmail the demo manager's address
	 */
	public static OrganisationSize demo(String leadEmail) {
		return new OrganisationSize(
				List.of(new DepartmentPlan("Front desk", "Front desk associate"),
						new DepartmentPlan("Contact centre", "Contact centre adviser"),
						new DepartmentPlan("Food and beverage", "Restaurant server"),
						new DepartmentPlan("Housekeeping", "Room attendant")),
				42, 11, 4, 0, true, true, true, DEMO_DOMAIN, "DEMO", leadEmail);
	}

	/**
	 * The benchmark's company: twelve departments, a manager per ten learners, every
	 * learner assigned {@code courses} courses, no answers, hiring or reminders.
	 */
	public static OrganisationSize bench(int learners, int courses) {
		return new OrganisationSize(IntStream.rangeClosed(1, 12)
			.mapToObj((i) -> new DepartmentPlan("Bench department " + i, "Service assistant"))
			.toList(), learners, 10, courses, courses, false, false, false, "servewell.org", "BENCH", null);
	}

	/** Whether people get numbered names and addresses (bench-123@...), as many do. */
	boolean numbered() {
		return this.learners > 1_000;
	}

	/** Teams, and so managers (one of whom may already exist). */
	int teams() {
		return (this.learners + this.teamSize - 1) / this.teamSize;
	}

	/**
	 * A department to generate.
	 *
	 * @param name its name (an existing department of that name is used)
	 * @param jobRole the job role of its learners; managers are its "team lead"
	 */
	public record DepartmentPlan(String name, String jobRole) {
	}

}
