package org.servewell.hiring;

import java.util.List;

/**
 * Everything about a candidate, for HR.
 *
 * @param details what HR entered
 * @param interviews the interviewers assigned, with where their scorecards stand
 * @param decisions every decision recorded, newest first
 * @param picture the ratings side by side, or {@code null} before anyone is assigned
 */
public record CandidatePage(CandidateDetails details, List<InterviewSummary> interviews, List<DecisionEntry> decisions,
		CandidatePicture picture) {

	public CandidatePage {
		interviews = List.copyOf(interviews);
		decisions = List.copyOf(decisions);
	}

	/**
	 * One interviewer on the candidate.
	 *
	 * @param interviewId the interview's id
	 * @param interviewerId the interviewer's person id
	 * @param interviewerName the interviewer's name
	 * @param kitTitle the kit they rate with
	 * @param submitted whether their scorecard is submitted
	 * @param amendments how many amendments followed the original
	 * @param recommendation their standing recommendation, or {@code null}
	 */
	public record InterviewSummary(long interviewId, long interviewerId, String interviewerName, String kitTitle,
			boolean submitted, int amendments, Recommendation recommendation) {

	}

	/**
	 * A decision HR recorded.
	 *
	 * @param decision hire, reject or hold
	 * @param reason why
	 * @param decidedBy who decided
	 * @param decidedAt when
	 */
	public record DecisionEntry(Decision decision, String reason, String decidedBy, java.time.Instant decidedAt) {

	}

}
