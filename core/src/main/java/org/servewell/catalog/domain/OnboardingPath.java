package org.servewell.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.servewell.content.ContentLimits;

/**
 * An onboarding path: the courses a new colleague takes, each due some days after their
 * start date. A path names courses, not versions (a person takes the newest), and is
 * updated in place when the content changes.
 */
@Entity
@Table(name = "onboarding_path")
public class OnboardingPath {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	/** The id from the content files, such as {@code front-line-onboarding}. */
	@Column(name = "code", nullable = false, length = ContentLimits.MAX_ID_LENGTH)
	private String code;

	@Column(name = "display_order", nullable = false)
	private int displayOrder;

	@Column(name = "title", nullable = false, length = ContentLimits.MAX_TITLE_LENGTH)
	private String title;

	@Column(name = "summary", nullable = false, length = ContentLimits.MAX_SUMMARY_LENGTH)
	private String summary;

	@Column(name = "audience", nullable = false, length = ContentLimits.MAX_AUDIENCE_LENGTH)
	private String audience;

	@ElementCollection
	@CollectionTable(name = "onboarding_path_course", joinColumns = @JoinColumn(name = "path_id"))
	@OrderColumn(name = "step_number")
	private List<Step> steps = new ArrayList<>();

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected OnboardingPath() {
	}

	public OnboardingPath(String code) {
		this.code = code;
	}

	/**
	 * Takes the path's description and courses from the content.
	 * @return whether anything changed
	 */
	public boolean describe(int displayOrder, String title, String summary, String audience, List<Step> steps) {
		if (this.updatedAt != null && this.displayOrder == displayOrder && this.title.equals(title)
				&& this.summary.equals(summary) && this.audience.equals(audience) && this.steps.equals(steps)) {
			return false;
		}
		this.displayOrder = displayOrder;
		this.title = title;
		this.summary = summary;
		this.audience = audience;
		this.steps.clear();
		this.steps.addAll(steps);
		this.updatedAt = Instant.now();
		return true;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public String getTitle() {
		return this.title;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getAudience() {
		return this.audience;
	}

	public List<Step> getSteps() {
		return List.copyOf(this.steps);
	}

	/** One course of a path and when it is due. */
	@Embeddable
	public static class Step {

		@ManyToOne(fetch = FetchType.LAZY, optional = false)
		@JoinColumn(name = "course_id", nullable = false)
		private Course course;

		@Column(name = "due_after_days", nullable = false)
		private int dueAfterDays;

		protected Step() {
		}

		public Step(Course course, int dueAfterDays) {
			this.course = course;
			this.dueAfterDays = dueAfterDays;
		}

		public Course getCourse() {
			return this.course;
		}

		public int getDueAfterDays() {
			return this.dueAfterDays;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Step step && step.course.getId().equals(this.course.getId())
					&& step.dueAfterDays == this.dueAfterDays;
		}

		@Override
		public int hashCode() {
			return Long.hashCode(this.course.getId()) * 31 + this.dueAfterDays;
		}

	}

}
