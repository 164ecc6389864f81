package org.servewell.hiring;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.servewell.hiring.domain.Interview;
import org.servewell.hiring.domain.InterviewRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;
import org.servewell.shared.Said;

import org.springframework.stereotype.Component;

/**
 * Who may see what of a candidate: HR sees everything; an interviewer sees the candidates
 * they are assigned to and their own scorecard, and the rest of the panel only after
 * submitting their own. Checked for every record, so that no id can be guessed into.
 */
@Component
class ScreeningAccess {

	private final PeopleService people;

	private final InterviewRepository interviews;

	private final PeopleDirectory directory;

	ScreeningAccess(PeopleService people, InterviewRepository interviews, PeopleDirectory directory) {
		this.people = people;
		this.interviews = interviews;
		this.directory = directory;
	}

	/** The signed-in person's id; refused for a sign-in Servewell does not know. */
	long currentPersonId() {
		return this.people.currentPersonId().orElseThrow(() -> new HiringRefusedException(new Said("hiring.sign-in")));
	}

	/** The signed-in person's id, if Servewell knows them. */
	Optional<Long> currentPersonIdIfKnown() {
		return this.people.currentPersonId();
	}

	/** The interview, if it is the signed-in person's own; otherwise "not found". */
	Interview ownInterview(long interviewId) {
		long me = currentPersonId();
		return this.interviews.findById(interviewId)
			.filter((interview) -> interview.getInterviewerId() == me)
			.filter((interview) -> !interview.getCandidate().isErased())
			.orElseThrow(() -> new HiringNotFoundException(new Said("hiring.own-interview-missing", interviewId)));
	}

	/**
	 * Looks up people's names by id for one request, each once: interviewers and
	 * deciders, who are staff.
	 */
	Function<Long, String> names() {
		Map<Long, String> names = new HashMap<>();
		return (id) -> names.computeIfAbsent(id,
				(key) -> this.directory.staff(key).map(StaffMember::displayName).orElse("Person #" + key));
	}

	/** A staff member, such as an interviewer to assign, if there is one with this id. */
	Optional<StaffMember> staff(long id) {
		return this.directory.staff(id);
	}

}
