package org.servewell.learning.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.content.ContentLimits;
import org.servewell.learning.LearningLimits;
import org.servewell.people.PersonLimits;

/**
 * A completed course (lessons read, quiz passed) or path (all its courses complete), with
 * its certificate.
 */
@Entity
@Table(name = "completion")
public class Completion {

	/** Longest certificate number stored: generated, never typed. */
	private static final int CERTIFICATE_NUMBER_LENGTH = 30;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "course_id")
	private Long courseId;

	@Column(name = "course_version_id")
	private Long courseVersionId;

	@Column(name = "path_id")
	private Long pathId;

	@Column(name = "attempt_id")
	private Long attemptId;

	@Column(name = "completed_at", nullable = false)
	private Instant completedAt;

	@Column(name = "learner_name", nullable = false, length = PersonLimits.DISPLAY_NAME_LENGTH)
	private String learnerName;

	@Column(name = "achievement", nullable = false, length = ContentLimits.MAX_TITLE_LENGTH)
	private String achievement;

	@Column(name = "score_percent")
	private Integer scorePercent;

	@Column(name = "expires_on")
	private LocalDate expiresOn;

	@Column(name = "certificate_number", nullable = false, length = CERTIFICATE_NUMBER_LENGTH)
	private String certificateNumber;

	@Column(name = "verification_code", nullable = false, length = LearningLimits.VERIFICATION_CODE_LENGTH)
	private String verificationCode;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawn_by")
	private Long withdrawnBy;

	@Column(name = "withdrawn_reason", length = LearningLimits.WITHDRAWAL_REASON_LENGTH)
	private String withdrawnReason;

	protected Completion() {
	}

	private Completion(long personId, String learnerName, String achievement, Long courseId, Long courseVersionId,
			Long pathId, Long attemptId, Integer scorePercent, String certificateNumber, String verificationCode) {
		this.learnerName = learnerName;
		this.achievement = achievement;
		this.personId = personId;
		this.courseId = courseId;
		this.courseVersionId = courseVersionId;
		this.pathId = pathId;
		this.attemptId = attemptId;
		this.scorePercent = scorePercent;
		this.certificateNumber = certificateNumber;
		this.verificationCode = verificationCode;
		this.completedAt = Instant.now();
	}

	/** A course completed with a passed attempt. */
	public static Completion ofCourse(long personId, String learnerName, String courseTitle, long courseId,
			long courseVersionId, long attemptId, int scorePercent, String certificateNumber, String verificationCode) {
		return new Completion(personId, learnerName, courseTitle, courseId, courseVersionId, null, attemptId,
				scorePercent, certificateNumber, verificationCode);
	}

	/** A path whose courses are all complete. */
	public static Completion ofPath(long personId, String learnerName, String pathTitle, long pathId,
			String certificateNumber, String verificationCode) {
		return new Completion(personId, learnerName, pathTitle, null, null, pathId, null, null, certificateNumber,
				verificationCode);
	}

	public Long getId() {
		return this.id;
	}

	public long getPersonId() {
		return this.personId;
	}

	public Long getCourseId() {
		return this.courseId;
	}

	public Long getCourseVersionId() {
		return this.courseVersionId;
	}

	public Long getPathId() {
		return this.pathId;
	}

	public Long getAttemptId() {
		return this.attemptId;
	}

	public Instant getCompletedAt() {
		return this.completedAt;
	}

	public String getLearnerName() {
		return this.learnerName;
	}

	public String getAchievement() {
		return this.achievement;
	}

	public Integer getScorePercent() {
		return this.scorePercent;
	}

	public LocalDate getExpiresOn() {
		return this.expiresOn;
	}

	/**
	 * Whether the completion still counts on the given day: it has not been withdrawn,
	 * and it has no expiry or has not reached it. A withdrawn completion is treated as
	 * one that has lapsed, so everything that starts a new round after an expiry does so
	 * after a withdrawal too.
	 */
	public boolean isActiveOn(LocalDate day) {
		return !isWithdrawn() && !isExpiredOn(day);
	}

	/** Whether the certificate had reached its expiry by the given day. */
	public boolean isExpiredOn(LocalDate day) {
		return this.expiresOn != null && !day.isBefore(this.expiresOn);
	}

	/** Sets when the completion expires; called once, when it is recorded. */
	public Completion expiringOn(LocalDate day) {
		this.expiresOn = day;
		return this;
	}

	public String getCertificateNumber() {
		return this.certificateNumber;
	}

	public String getVerificationCode() {
		return this.verificationCode;
	}

	/**
	 * Withdraws the completion: it stops counting and its certificate and badge show as
	 * withdrawn. The row stays, so a check of its code says withdrawn, not unknown.
	 */
	public void withdraw(Instant at, long byPersonId, String reason) {
		this.withdrawnAt = at;
		this.withdrawnBy = byPersonId;
		this.withdrawnReason = reason;
	}

	public boolean isWithdrawn() {
		return this.withdrawnAt != null;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public Long getWithdrawnBy() {
		return this.withdrawnBy;
	}

	public String getWithdrawnReason() {
		return this.withdrawnReason;
	}

}
