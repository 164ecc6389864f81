package org.servewell.learning.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A course a person is asked to take, by when, and why.
 */
@Entity
@Table(name = "course_assignment")
public class CourseAssignment {

	/** Longest source name stored: a code, not text a person types. */
	private static final int SOURCE_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "course_id", nullable = false)
	private long courseId;

	@Column(name = "path_id")
	private Long pathId;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "source", nullable = false, length = SOURCE_LENGTH)
	private AssignmentSource source;

	@Column(name = "rule_id")
	private Long ruleId;

	@Column(name = "assigned_by")
	private Long assignedBy;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	protected CourseAssignment() {
	}

	public CourseAssignment(long personId, long courseId, Long pathId, LocalDate dueDate, AssignmentSource source,
			Long ruleId, Long assignedBy) {
		this.personId = personId;
		this.courseId = courseId;
		this.pathId = pathId;
		this.dueDate = dueDate;
		this.source = source;
		this.ruleId = ruleId;
		this.assignedBy = assignedBy;
		this.assignedAt = Instant.now();
	}

	/** A second assignment of the same course keeps the earlier due date. */
	public void keepEarlierDueDate(LocalDate other) {
		if (other != null && (this.dueDate == null || other.isBefore(this.dueDate))) {
			this.dueDate = other;
		}
	}

	public Long getId() {
		return this.id;
	}

	public long getPersonId() {
		return this.personId;
	}

	public long getCourseId() {
		return this.courseId;
	}

	public Long getPathId() {
		return this.pathId;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public AssignmentSource getSource() {
		return this.source;
	}

	public Long getRuleId() {
		return this.ruleId;
	}

	public Long getAssignedBy() {
		return this.assignedBy;
	}

	public Instant getAssignedAt() {
		return this.assignedAt;
	}

}
