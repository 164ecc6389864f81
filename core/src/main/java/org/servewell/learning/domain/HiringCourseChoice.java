package org.servewell.learning.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.servewell.learning.HiringCourses;

/**
 * What the hire hand-over did for one of a new employee's weakest traits: the course it
 * added, or why none was. Kept as it was decided, since the choice depended on the paths
 * the hire was on at that moment.
 */
@Entity
@Table(name = "hiring_course_choice")
public class HiringCourseChoice {

	/** Length of the trait name column: a catalogue trait's name, as in service_trait. */
	public static final int TRAIT_NAME_LENGTH = 100;

	/**
	 * Length of the audience column: room for the audiences of several paths joined;
	 * longer is cut.
	 */
	public static final int AUDIENCE_LENGTH = 1000;

	/** Length of the course code column: a course's content id, as in course. */
	public static final int COURSE_CODE_LENGTH = 80;

	/** Longest outcome name stored: a code, not text a person types. */
	private static final int OUTCOME_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "trait_order", nullable = false)
	private int traitOrder;

	@Column(name = "trait_name", nullable = false, length = TRAIT_NAME_LENGTH)
	private String traitName;

	@Column(name = "panel_mean", nullable = false)
	private double panelMean;

	@Enumerated(EnumType.STRING)
	@Column(name = "outcome", nullable = false, length = OUTCOME_LENGTH)
	private HiringCourses.Outcome outcome;

	@Column(name = "course_code", length = COURSE_CODE_LENGTH)
	private String courseCode;

	@Column(name = "audience", length = AUDIENCE_LENGTH)
	private String audience;

	@Column(name = "chosen_at", nullable = false)
	private Instant chosenAt;

	protected HiringCourseChoice() {
	}

	/**
	 * @param traitOrder 0 for the weakest trait, 1 for the next
	 * @param courseCode the course added, or {@code null}
	 * @param audience the audience of the hire's paths, or {@code null} without a path
	 */
	public HiringCourseChoice(long personId, int traitOrder, String traitName, double panelMean,
			HiringCourses.Outcome outcome, String courseCode, String audience, Instant chosenAt) {
		this.personId = personId;
		this.traitOrder = traitOrder;
		this.traitName = traitName;
		this.panelMean = panelMean;
		this.outcome = outcome;
		this.courseCode = courseCode;
		this.audience = audience;
		this.chosenAt = chosenAt;
	}

	public long getPersonId() {
		return this.personId;
	}

	public int getTraitOrder() {
		return this.traitOrder;
	}

	public String getTraitName() {
		return this.traitName;
	}

	public double getPanelMean() {
		return this.panelMean;
	}

	public HiringCourses.Outcome getOutcome() {
		return this.outcome;
	}

	public String getCourseCode() {
		return this.courseCode;
	}

	public String getAudience() {
		return this.audience;
	}

	public Instant getChosenAt() {
		return this.chosenAt;
	}

}
