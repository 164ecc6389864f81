package org.servewell.testsupport;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.HireForm;
import org.servewell.hiring.HireResult;
import org.servewell.hiring.HiringDecisionService;
import org.servewell.hiring.InterviewService;
import org.servewell.hiring.PanelService;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;

/**
 * Hiring as HR and interviewers do it, through hiring's services, for the tests of hiring
 * and of the reports on it: people, candidates, panel assignments and hires, each made
 * anew and committed, as the application does. A feature's fixture extends it with what
 * only its tests need.
 */
public class TestHiring {

	/** The bundled front-line interview kit. */
	public static final String KIT = "front-line-service";

	/** The front-line kit's traits, in its order; weights 3, 2, 2, 2, 1, 1, 2, 1. */
	public static final List<String> KIT_TRAITS = List.of("respect", "care-for-people", "making-things-right",
			"judgement-within-rules", "consistency", "courtesy", "ownership", "responsiveness");

	protected final PeopleService people;

	protected final CandidateService candidates;

	protected final PanelService panels;

	protected final InterviewService interviews;

	protected final HiringDecisionService hiring;

	protected TestHiring(PeopleService people, CandidateService candidates, PanelService panels,
			InterviewService interviews, HiringDecisionService hiring) {
		this.people = people;
		this.candidates = candidates;
		this.panels = panels;
		this.interviews = interviews;
		this.hiring = hiring;
	}

	/** A new person with one role who can sign in; returns their email. */
	public String person(Role role) {
		return TestPeople.create(this.people, role);
	}

	/** The id of the person with {@code email}. */
	public long id(String email) {
		return TestPeople.id(this.people, email);
	}

	/** A candidate for {@code position}, added by {@code hr}. */
	public CandidateDetails candidate(String hr, String name, String email, String position) {
		return SignedIn.as(hr,
				() -> this.candidates.createCandidate(new CandidateForm(name, email, position, null, null, null)),
				Roles.HR);
	}

	/** Assigns an interviewer with {@code kit}; returns the id of their new interview. */
	public long assign(String hr, long candidateId, String interviewer, String kit) {
		long interviewerId = id(interviewer);
		SignedIn.run(hr, () -> this.panels.assignInterviewer(candidateId, interviewerId, kit), Roles.HR);
		return SignedIn.as(interviewer, this.interviews::myInterviews, Roles.LEARNER)
			.stream()
			.filter((mine) -> !mine.submitted())
			.findFirst()
			.orElseThrow()
			.interviewId();
	}

	/**
	 * Hires the candidate as {@code hr}, under {@code name} with a fresh email starting
	 * with {@code emailPrefix}, starting on {@code startDate}.
	 */
	public HireResult hire(String hr, long candidateId, String name, String emailPrefix, LocalDate startDate) {
		String email = emailPrefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";
		return SignedIn.as(hr,
				() -> this.hiring.hire(candidateId, new HireForm(name, email, null, null, startDate, null), "Good fit"),
				Roles.HR);
	}

}
