package org.servewell.hiring;

import java.time.LocalDate;
import java.util.stream.IntStream;

import org.servewell.people.PeopleService;
import org.servewell.testsupport.TestHiring;
import org.servewell.testsupport.TestPeople;

/**
 * The people, candidates and scorecards screening tests start from, each made anew and
 * committed, as the application does.
 */
final class ScreeningFixture extends TestHiring {

	static final String ADMIN = TestPeople.ADMIN;

	ScreeningFixture(PeopleService people, CandidateService candidates, PanelService panels,
			HiringDecisionService hiring, InterviewService interviews) {
		super(people, candidates, panels, interviews, hiring);
	}

	/** A candidate named Dana Reyes, added by {@code hr}. */
	CandidateDetails candidate(String hr, String position) {
		return candidate(hr, "Dana Reyes", "dana@example.org", position);
	}

	/** A candidate added by {@code hr} and hired straight away, with no interviews. */
	CandidateDetails hiredCandidate(String hr) {
		CandidateDetails created = candidate(hr, "Reception");
		hire(hr, created.id(), "Dana Reyes", "hired", LocalDate.of(2027, 1, 4));
		return created;
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
		return new ScorecardForm(IntStream.range(0, KIT_TRAITS.size())
			.mapToObj(
					(i) -> new ScorecardForm.Entry(KIT_TRAITS.get(i), ratings[i], "Evidence for " + KIT_TRAITS.get(i)))
			.toList(), recommendation, "Overall");
	}

}
