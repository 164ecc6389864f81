package org.servewell.learning.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.servewell.people.PersonLimits;

/**
 * People in a department and/or with a job role get an onboarding path or a course, due
 * some days after they start.
 */
@Entity
@Table(name = "assignment_rule")
public class AssignmentRule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "department_id")
	private Long departmentId;

	@Column(name = "job_role", length = PersonLimits.JOB_ROLE_LENGTH)
	private String jobRole;

	@Column(name = "path_id")
	private Long pathId;

	@Column(name = "course_id")
	private Long courseId;

	@Column(name = "due_after_days", nullable = false)
	private int dueAfterDays;

	@Column(name = "created_by", nullable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected AssignmentRule() {
	}

	public AssignmentRule(Long departmentId, String jobRole, Long pathId, Long courseId, int dueAfterDays,
			long createdBy) {
		this.departmentId = departmentId;
		this.jobRole = jobRole;
		this.pathId = pathId;
		this.courseId = courseId;
		this.dueAfterDays = dueAfterDays;
		this.createdBy = createdBy;
		this.createdAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public Long getDepartmentId() {
		return this.departmentId;
	}

	public String getJobRole() {
		return this.jobRole;
	}

	public Long getPathId() {
		return this.pathId;
	}

	public Long getCourseId() {
		return this.courseId;
	}

	public int getDueAfterDays() {
		return this.dueAfterDays;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

}
