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

/**
 * A person enrolled on an onboarding path; each of its courses is a
 * {@link CourseAssignment}.
 */
@Entity
@Table(name = "path_assignment")
public class PathAssignment {

	/** Longest source name stored: a code, not text a person types. */
	private static final int SOURCE_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "person_id", nullable = false)
	private long personId;

	@Column(name = "path_id", nullable = false)
	private long pathId;

	@Enumerated(EnumType.STRING)
	@Column(name = "source", nullable = false, length = SOURCE_LENGTH)
	private AssignmentSource source;

	@Column(name = "rule_id")
	private Long ruleId;

	@Column(name = "assigned_by")
	private Long assignedBy;

	@Column(name = "assigned_at", nullable = false)
	private Instant assignedAt;

	protected PathAssignment() {
	}

	public PathAssignment(long personId, long pathId, AssignmentSource source, Long ruleId, Long assignedBy) {
		this.personId = personId;
		this.pathId = pathId;
		this.source = source;
		this.ruleId = ruleId;
		this.assignedBy = assignedBy;
		this.assignedAt = Instant.now();
	}

	public Long getId() {
		return this.id;
	}

	public long getPersonId() {
		return this.personId;
	}

	public long getPathId() {
		return this.pathId;
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
