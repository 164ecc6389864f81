package org.servewell.web.ui.learning;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.servewell.learning.AssignmentService;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;

/**
 * Learners made for one test each, with a fresh email and one course assigned, so a test
 * that takes a quiz leaves the demo learner's attempts alone.
 */
public final class NewLearners {

	private NewLearners() {
	}

	/**
	 * A new learner named after {@code kind}, assigned {@code course}; returns their
	 * email.
	 */
	public static String assigned(PeopleService people, AssignmentService assignments, String kind, String course,
			LocalDate due) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		String email = kind + "-" + id + "@test.servewell.org";
		SignedIn.run(ViewTest.ADMIN, () -> {
			long personId = people
				.createPerson(new PersonForm(email, "Learner " + id, Set.of(Role.LEARNER), null, null, null, null, true,
						null), "a long test password")
				.id();
			assignments.assignCourse(personId, course, due);
		}, Roles.ADMIN);
		return email;
	}

}
