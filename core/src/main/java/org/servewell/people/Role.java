package org.servewell.people;

/**
 * What a person may do in Servewell. A person may hold several roles.
 */
public enum Role {

	/** New hires and staff: take assigned courses. */
	LEARNER("Learner"),
	/** Learning team: author, publish and assign training. */
	TRAINER("Trainer"),
	/** People team: candidates, hiring decisions, employees. */
	HR("HR"),
	/** Team leads: their team's progress; interviewers when asked. */
	MANAGER("Manager"),
	/** Operators: users, roles, settings. */
	ADMIN("Administrator");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	/** The name shown to people. */
	public String label() {
		return this.label;
	}

}
