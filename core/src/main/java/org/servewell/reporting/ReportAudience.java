package org.servewell.reporting;

import java.util.Map;

import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.SignedInPerson;
import org.servewell.shared.Said;

import org.springframework.stereotype.Component;

/**
 * Who the signed-in person may see in a report: everyone who can sign in for trainers, HR
 * and administrators; the people who report to them for a manager. Every report query
 * takes its condition from here, so a manager's limit cannot be kept in one query and
 * forgotten in another (or in the CSV).
 */
@Component
public class ReportAudience {

	private final PeopleService people;

	ReportAudience(PeopleService people) {
		this.people = people;
	}

	/** The audience of the signed-in person; refused when no one is signed in. */
	public Audience ofSignedIn() {
		SignedInPerson me = this.people.currentPerson()
			.orElseThrow(() -> new ReportRefusedException(new Said("reports.sign-in")));
		if (me.hasRole(Role.TRAINER) || me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)) {
			return new Audience(me.id(), null);
		}
		if (me.hasRole(Role.MANAGER)) {
			return new Audience(me.id(), me.id());
		}
		throw new ReportRefusedException(new Said("reports.not-for-you"));
	}

	/**
	 * Who is in view.
	 *
	 * @param viewerId the person looking
	 * @param managerId the manager whose reports are in view, or null for everyone
	 */
	public record Audience(long viewerId, Long managerId) {

		/** Whether only a manager's own reports are in view. */
		public boolean teamOnly() {
			return this.managerId != null;
		}

		/**
		 * The SQL condition on the person table aliased {@code alias}: everyone enabled,
		 * or the manager's reports (enabled or not, as a team list shows them). Binds
		 * {@code :audienceManagerId}; add {@link #parameters()} to the query.
		 */
		public String condition(String alias) {
			return teamOnly() ? alias + ".manager_id = :audienceManagerId" : alias + ".enabled = true";
		}

		/** The parameters {@link #condition(String)} binds. */
		public Map<String, Object> parameters() {
			return teamOnly() ? Map.of("audienceManagerId", this.managerId) : Map.of();
		}

	}

}
