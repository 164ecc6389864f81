package org.servewell.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.AttemptResult;
import org.servewell.learning.AttemptService;
import org.servewell.learning.LearnerService;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestLearners;

import org.springframework.boot.test.context.TestComponent;

/**
 * Learners made for one test each, with a fresh email and one course assigned, so a test
 * that takes a quiz leaves the demo learner's attempts alone; and their completing a
 * course with the best answers. Every view test's context has one.
 */
@TestComponent
public class NewLearners {

	private final PeopleService people;

	private final AssignmentService assignments;

	private final AttemptService attempts;

	private final LearnerService learner;

	private final CourseBank bank;

	NewLearners(PeopleService people, AssignmentService assignments, AttemptService attempts, LearnerService learner,
			CourseBank bank) {
		this.people = people;
		this.assignments = assignments;
		this.attempts = attempts;
		this.learner = learner;
		this.bank = bank;
	}

	/**
	 * A new learner named after {@code kind}, assigned {@code course} due in a week;
	 * returns their email.
	 */
	public String assigned(String kind, String course) {
		return assigned(kind, course, LocalDate.now().plusDays(7));
	}

	/** A new learner named after {@code kind}, assigned {@code course}; their email. */
	public String assigned(String kind, String course, LocalDate due) {
		String id = UUID.randomUUID().toString().substring(0, 8);
		return assigned(kind + "-" + id + "@test.servewell.org", "Learner " + id, course, due);
	}

	/** A new learner with this email and name, assigned {@code course}; their email. */
	public String assigned(String email, String name, String course, LocalDate due) {
		SignedIn.run(ViewTest.ADMIN, () -> {
			long personId = this.people
				.createPerson(new PersonForm(email, name, Set.of(Role.LEARNER), null, null, null, null, true, null),
						"a long test password")
				.id();
			this.assignments.assignCourse(personId, course, due);
		}, Roles.ADMIN);
		return email;
	}

	/**
	 * The learner reads every lesson of the course's newest version and passes its quiz.
	 */
	public AttemptResult complete(String email, String course) {
		return TestLearners.completeWithBestAnswers(this.learner, this.attempts, email, course,
				this.bank.newestVersion(this.bank.courseId(course).orElseThrow()).orElseThrow());
	}

}
