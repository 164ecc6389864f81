package org.servewell.hiring.assigned;

import java.util.Optional;

import org.servewell.hiring.domain.InterviewRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up whether an interview still waits for its interviewer: not taken off the panel,
 * not submitted, the candidate's data not erased.
 */
@Component
public class AssignedInterviews {

	private final InterviewRepository interviews;

	AssignedInterviews(InterviewRepository interviews) {
		this.interviews = interviews;
	}

	/** The interview, while its interviewer still has a scorecard to fill in. */
	@Transactional(readOnly = true)
	public Optional<AssignedInterview> open(long interviewId) {
		return this.interviews.findById(interviewId)
			.filter((interview) -> !interview.isSubmitted() && !interview.getCandidate().isErased())
			.map((interview) -> new AssignedInterview(interview.getId(), interview.getInterviewerId(),
					interview.getCandidate().getPosition(), interview.getKitVersion().getTitle()));
	}

}
