package org.servewell.hiring.domain;

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
import jakarta.persistence.Version;
import org.servewell.hiring.CandidateStatus;
import org.servewell.hiring.HiringLimits;

/**
 * Someone applying for a position. The name, email, source, notes and consent date are
 * personal data: {@link #erase(Instant)} empties them and keeps the rest for statistics.
 */
@Entity
@Table(name = "candidate")
public class Candidate {

	/** Longest status name stored: a code, not text a person types. */
	private static final int STATUS_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "full_name", length = HiringLimits.CANDIDATE_NAME_LENGTH)
	private String fullName;

	@Column(name = "email", length = HiringLimits.CANDIDATE_EMAIL_LENGTH)
	private String email;

	@Column(name = "position", nullable = false, length = HiringLimits.POSITION_LENGTH)
	private String position;

	@Column(name = "source", length = HiringLimits.SOURCE_LENGTH)
	private String source;

	@Column(name = "notes", length = HiringLimits.CANDIDATE_NOTES_LENGTH)
	private String notes;

	@Column(name = "consent_date")
	private LocalDate consentDate;

	@Enumerated(EnumType.STRING)
	@Column(name = "status", nullable = false, length = STATUS_LENGTH)
	private CandidateStatus status;

	@Column(name = "hired_person_id")
	private Long hiredPersonId;

	@Column(name = "erased_at")
	private Instant erasedAt;

	@Column(name = "erased_by")
	private Long erasedBy;

	@Column(name = "erasure_reason", length = HiringLimits.ERASURE_REASON_LENGTH)
	private String erasureReason;

	@Column(name = "created_by", nullable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	protected Candidate() {
	}

	public Candidate(long createdBy, Instant now) {
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		this.status = CandidateStatus.NEW;
	}

	/** Sets what HR entered; values are stored as given (the service trims them). */
	public void describe(String fullName, String email, String position, String source, String notes,
			LocalDate consentDate, Instant now) {
		this.fullName = fullName;
		this.email = email;
		this.position = position;
		this.source = source;
		this.notes = notes;
		this.consentDate = consentDate;
		this.updatedAt = now;
	}

	/** Moves a new candidate to interviewing; later statuses stay. */
	public void interviewing(Instant now) {
		if (this.status == CandidateStatus.NEW) {
			this.status = CandidateStatus.INTERVIEWING;
			this.updatedAt = now;
		}
	}

	public void decided(Instant now) {
		this.status = CandidateStatus.DECIDED;
		this.updatedAt = now;
	}

	public void hiredAs(long personId) {
		this.hiredPersonId = personId;
	}

	/**
	 * Empties the personal data, keeping the position and status for statistics.
	 * @param erasedBy who asked for it, or {@code null} for the retention job
	 * @param reason why, in words that say nothing about the person
	 */
	public void erase(Instant now, Long erasedBy, String reason) {
		this.erasedBy = erasedBy;
		this.erasureReason = reason;
		this.fullName = null;
		this.email = null;
		this.source = null;
		this.notes = null;
		this.consentDate = null;
		this.erasedAt = now;
		this.updatedAt = now;
	}

	public boolean isErased() {
		return this.erasedAt != null;
	}

	public Long getId() {
		return this.id;
	}

	public String getFullName() {
		return this.fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public String getPosition() {
		return this.position;
	}

	public String getSource() {
		return this.source;
	}

	public String getNotes() {
		return this.notes;
	}

	public LocalDate getConsentDate() {
		return this.consentDate;
	}

	public CandidateStatus getStatus() {
		return this.status;
	}

	public Long getHiredPersonId() {
		return this.hiredPersonId;
	}

	public Instant getErasedAt() {
		return this.erasedAt;
	}

	public String getErasureReason() {
		return this.erasureReason;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
