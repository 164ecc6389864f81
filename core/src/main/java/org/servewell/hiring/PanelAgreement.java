package org.servewell.hiring;

import java.util.Map;

/**
 * How well the interviewers agree, across every candidate rated by two or more of them,
 * with the interviewers' names for the report's ids.
 *
 * @param report reliability per trait and each interviewer's leniency, as figures and
 * decisions (bands, headline) that the screens put into words
 * @param interviewerNames each interviewer's name by id
 */
public record PanelAgreement(AgreementReport report, Map<Long, String> interviewerNames) {

	public PanelAgreement {
		interviewerNames = Map.copyOf(interviewerNames);
	}

	/** An interviewer's name. */
	public String nameOf(long interviewerId) {
		return this.interviewerNames.getOrDefault(interviewerId, "Person #" + interviewerId);
	}

}
