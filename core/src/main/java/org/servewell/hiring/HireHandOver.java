package org.servewell.hiring;

import java.util.Set;

import org.servewell.people.NewPerson;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;

import org.springframework.stereotype.Component;

/**
 * Where a hire leaves hiring: the employee created under People and the courses added for
 * their weakest traits. Calls the people and learning services directly, inside the
 * hiring decision's transaction, so that a hire is all or nothing: no employee without
 * the decision, no decision without the employee. The one place to change should the
 * hand-over become a {@code CandidateHired} event; its listeners would then run
 * synchronously in the same transaction, as
 * docs/decisions/0004-features-react-to-events-in-the-same-transaction.md describes for
 * the other features, and the password link and the courses added would have to come back
 * some other way than a listener's return value.
 */
@Component
class HireHandOver {

	/** Days after the start date that courses added at hiring are due. */
	static final int HIRING_COURSE_DAYS = 30;

	private final PeopleService people;

	private final HandOverCourses courses;

	HireHandOver(PeopleService people, HandOverCourses courses) {
		this.people = people;
		this.courses = courses;
	}

	/**
	 * Creates the employee, a learner who then gets their onboarding through the
	 * assignment rules, with a one-time link to set their password.
	 */
	NewPerson employ(HireForm form) {
		return this.people.createPersonWithLink(new PersonForm(form.email(), form.displayName(), Set.of(Role.LEARNER),
				form.department(), form.jobRole(), form.startDate(), form.managerId(), true));
	}

	/**
	 * Adds the courses for the hire's weakest traits in the panel's picture, due
	 * {@link #HIRING_COURSE_DAYS} after their start, and says what was handed over.
	 */
	HireResult handOver(NewPerson hired, HireForm form, CandidatePicture picture) {
		long personId = hired.person().id();
		HandOverCourses.HandOver handOver = this.courses.add(personId, picture,
				form.startDate().plusDays(HIRING_COURSE_DAYS));
		return new HireResult(personId, hired.person().displayName(), hired.person().email(), hired.passwordLinkToken(),
				hired.passwordLink(), handOver.audience(), handOver.traitCourses());
	}

}
