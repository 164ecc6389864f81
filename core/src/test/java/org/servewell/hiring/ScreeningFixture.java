package org.servewell.hiring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestPeople;

/**
 * The people, candidates and scorecards screening tests start from, each made anew and
 * committed, as the application does.
 */
final class ScreeningFixture {

	static final String ADMIN = TestPeople.ADMIN;

	static final String KIT = "front-line-service";

	/** The front-line kit's traits, in its order; weights 3, 2, 2, 2, 1, 1, 2, 1. */
	static final List<String> TRAITS = List.of("respect", "care-for-people", "making-things-right",
			"judgement-within-rules", "consistency", "courtesy", "ownership", "responsiveness");

	private final PeopleService people;

	private final CandidateService candidates;

	private final PanelService panels;

	private final HiringDecisionService hiring;

	private final InterviewService interviews;

	ScreeningFixture(PeopleService people, CandidateService candidates, PanelService panels,
			HiringDecisionService hiring, InterviewService interviews) {
		this.people = people;
		this.candidates = candidates;
		this.panels = panels;
		this.hiring = hiring;
		this.interviews = interviews;
	}

	/** A new person with one role who can sign in; returns their email. */
	String person(Role role) {
		return TestPeople.create(this.people, role);
	}

	/** A candidate named Dana Reyes, added by {@code hr}. */
	CandidateDetails candidate(String hr, String position) {
		return SignedIn.as(hr,
				() -> this.candidates
					.createCandidate(new CandidateForm("Dana Reyes", "dana@example.org", position, null, null, null)),
				Roles.HR);
	}

	/** A candidate added by {@code hr} and hired straight away, with no interviews. */
	CandidateDetails hiredCandidate(String hr) {
		CandidateDetails created = candidate(hr, "Reception");
		String email = "hired-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";
		SignedIn.as(hr,
				() -> this.hiring.hire(created.id(),
						new HireForm("Dana Reyes", email, null, null, LocalDate.of(2027, 1, 4), null), "Good fit"),
				Roles.HR);
		return created;
	}

	/** Assigns an interviewer; returns the id of their new interview. */
	long assign(String hr, long candidateId, String interviewer, String kit) {
		long interviewerId = id(interviewer);
		SignedIn.run(hr, () -> this.panels.assignInterviewer(candidateId, interviewerId, kit), Roles.HR);
		return SignedIn.as(interviewer, this.interviews::myInterviews, Roles.LEARNER)
			.stream()
			.filter((mine) -> !mine.submitted())
			.findFirst()
			.orElseThrow()
			.interviewId();
	}

	long id(String email) {
		return TestPeople.id(this.people, email);
	}

	/**
	 * A scorecard for the kit's first six traits, with ownership and responsiveness rated
	 * as care for people, for tests that do not look at those two.
	 */
	static ScorecardForm rated(int respect, int care, int makingRight, int judgement, int consistency, int courtesy,
			Recommendation recommendation) {
		return rated(respect, care, makingRight, judgement, consistency, courtesy, care, care, recommendation);
	}

	/**
	 * A scorecard with the ratings in the kit's order and evidence "Evidence for trait".
	 */
	static ScorecardForm rated(int respect, int care, int makingRight, int judgement, int consistency, int courtesy,
			int ownership, int responsiveness, Recommendation recommendation) {
		int[] ratings = { respect, care, makingRight, judgement, consistency, courtesy, ownership, responsiveness };
		return new ScorecardForm(IntStream.range(0, TRAITS.size())
			.mapToObj((i) -> new ScorecardForm.Entry(TRAITS.get(i), ratings[i], "Evidence for " + TRAITS.get(i)))
			.toList(), recommendation, "Overall");
	}

}
