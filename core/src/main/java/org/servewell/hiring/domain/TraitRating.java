package org.servewell.hiring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.servewell.content.ContentLimits;
import org.servewell.hiring.HiringLimits;

/**
 * A scorecard's rating (1-5, empty while a draft) and evidence note for one trait.
 */
@Embeddable
public class TraitRating {

	@Column(name = "trait_code", nullable = false, length = ContentLimits.MAX_ID_LENGTH)
	private String traitCode;

	@Column(name = "rating")
	private Integer rating;

	@Column(name = "evidence", length = HiringLimits.SCORECARD_NOTE_LENGTH)
	private String evidence;

	protected TraitRating() {
	}

	public TraitRating(String traitCode, Integer rating, String evidence) {
		this.traitCode = traitCode;
		this.rating = rating;
		this.evidence = evidence;
	}

	public String getTraitCode() {
		return this.traitCode;
	}

	public Integer getRating() {
		return this.rating;
	}

	public String getEvidence() {
		return this.evidence;
	}

}
