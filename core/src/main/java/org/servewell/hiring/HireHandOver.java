package org.servewell.hiring;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.servewell.people.NewPerson;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Where a hire leaves hiring. The employee is created by a direct call to People: hiring
 * needs the new person's id and one-time password link back, which no event listener can
 * return. Everything else that follows a hire reacts to {@link CandidateHired}, published
 * here inside the hiring decision's transaction; its listeners run synchronously in it
 * (learning adds the courses for the weakest traits), so a hire stays all or nothing: no
 * employee without the decision, no decision without the employee and their courses. See
 * docs/decisions/0009-hire-hand-over-as-an-event.md.
 */
@Component
class HireHandOver {

	/** Days after the start date that courses added at hiring are due. */
	static final int HIRING_COURSE_DAYS = 30;

	/** How many of the weakest traits the hand-over names. */
	static final int WEAK_TRAITS = 2;

	private final PeopleService people;

	private final ApplicationEventPublisher events;

	HireHandOver(PeopleService people, ApplicationEventPublisher events) {
		this.people = people;
		this.events = events;
	}

	/**
	 * Creates the employee, a learner who then gets their onboarding through the
	 * assignment rules, with a one-time link to set their password.
	 */
	NewPerson employ(HireForm form) {
		return this.people.createPersonWithLink(new PersonForm(form.email(), form.displayName(), Set.of(Role.LEARNER),
				form.department(), form.jobRole(), form.startDate(), form.managerId(), true, null));
	}

	/**
	 * Tells the other features of the hire, with the hire's {@link #WEAK_TRAITS} weakest
	 * traits in the panel's picture and courses due {@link #HIRING_COURSE_DAYS} after
	 * their start, and says what was created.
	 */
	HireResult handOver(long candidateId, NewPerson hired, HireForm form, CandidatePicture picture) {
		long personId = hired.person().id();
		List<CandidateHired.WeakTrait> weakest = (picture != null) ? weakest(picture, WEAK_TRAITS).stream()
			.map((trait) -> new CandidateHired.WeakTrait(trait.traitCode(), trait.traitName(), trait.mean()))
			.toList() : List.of();
		this.events.publishEvent(new CandidateHired(candidateId, personId, form.startDate(),
				form.startDate().plusDays(HIRING_COURSE_DAYS), form.jobRole(), weakest));
		return new HireResult(personId, hired.person().displayName(), hired.person().email(), hired.passwordLinkToken(),
				hired.passwordLink());
	}

	/**
	 * The rated traits with the lowest panel means; ties go to the trait the kit weighs
	 * more, then to the kit's order.
	 */
	static List<CandidatePicture.TraitPicture> weakest(CandidatePicture picture, int count) {
		return picture.traits()
			.stream()
			.filter((trait) -> trait.mean() != null)
			.sorted(Comparator.comparing(CandidatePicture.TraitPicture::mean)
				.thenComparing(CandidatePicture.TraitPicture::weight, Comparator.reverseOrder()))
			.limit(count)
			.toList();
	}

}
