package org.servewell.hiring;

import java.time.Instant;
import java.util.List;

import org.servewell.content.RatingScale;

/**
 * An interviewer's scorecard with everything they rate from: per trait the kit's
 * questions and the behavioural anchors for 1-5.
 *
 * @param interviewId the interview's id
 * @param candidateName the candidate's name
 * @param position the position applied for
 * @param kitTitle the kit's title
 * @param traits the kit's traits with what the interviewer wrote
 * @param recommendation the recommendation written so far, or {@code null}
 * @param overallNote the overall note written so far
 * @param submittedAt when the original was submitted, or {@code null} while a draft
 * @param savedAt when it was last saved
 * @param amendments later amendments, oldest first
 * @param standing what counts now: the newest submitted revision (the latest amendment,
 * else the original), or the draft while nothing is submitted; an amendment starts from
 * it
 * @param panel the other interviewers' submitted ratings, or {@code null} until this
 * scorecard is submitted
 */
public record ScorecardView(long interviewId, String candidateName, String position, String kitTitle,
		List<Trait> traits, Recommendation recommendation, String overallNote, Instant submittedAt, Instant savedAt,
		List<Amendment> amendments, CandidatePicture panel, ScorecardForm standing) {

	public ScorecardView {
		traits = List.copyOf(traits);
		amendments = List.copyOf(amendments);
	}

	public boolean submitted() {
		return this.submittedAt != null;
	}

	/**
	 * Whether nothing was entered yet: no rating, evidence, recommendation or note. A
	 * scorecard exists from the moment the interviewer is assigned, so having been saved
	 * says nothing.
	 */
	public boolean untouched() {
		return this.recommendation == null && this.overallNote.isBlank() && this.traits.stream()
			.allMatch((trait) -> trait.rating() == null && (trait.evidence() == null || trait.evidence().isBlank()));
	}

	/** The form holding what the scorecard says now. */
	public ScorecardForm form() {
		return new ScorecardForm(this.traits.stream()
			.map((trait) -> new ScorecardForm.Entry(trait.code(), trait.rating(), trait.evidence()))
			.toList(), this.recommendation, this.overallNote);
	}

	/**
	 * One trait on the scorecard.
	 *
	 * @param code the trait's id
	 * @param name the trait's name
	 * @param definition what the trait means
	 * @param weight the kit's weight for it
	 * @param anchors the behaviour that earns 1, 2, 3, 4 and 5
	 * @param questions the kit's questions for it
	 * @param rating the rating written, or {@code null}
	 * @param evidence the evidence note written, possibly empty
	 */
	public record Trait(String code, String name, String definition, int weight, List<String> anchors,
			List<InterviewKitDetails.Question> questions, Integer rating, String evidence) {

		public Trait {
			anchors = List.copyOf(anchors);
			questions = List.copyOf(questions);
		}

		/** The behaviour that earns {@code rating} on the scale. */
		public String anchor(int rating) {
			return this.anchors.get(rating - RatingScale.LOWEST);
		}

	}

	/**
	 * An amendment to a submitted scorecard, kept beside the original.
	 *
	 * @param revision 1 for the first amendment
	 * @param reason why the interviewer amended
	 * @param submittedAt when
	 * @param form what the amendment says
	 */
	public record Amendment(int revision, String reason, Instant submittedAt, ScorecardForm form) {

	}

}
