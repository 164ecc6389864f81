package org.servewell.people.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import org.servewell.people.PersonLimits;
import org.servewell.people.Role;

/**
 * Someone who can sign in to Servewell: staff, new hires, trainers, HR, managers and
 * administrators.
 */
@Entity
@Table(name = "person")
public class Person {

	/**
	 * Room for an encoded password (the encoder's id in braces, then 60 characters for
	 * BCrypt): computed, never typed.
	 */
	private static final int PASSWORD_HASH_LENGTH = 255;

	/** Longest role name stored: a code, not text a person types. */
	private static final int ROLE_LENGTH = 20;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@Column(name = "email", nullable = false, length = PersonLimits.EMAIL_LENGTH)
	private String email;

	@Column(name = "display_name", nullable = false, length = PersonLimits.DISPLAY_NAME_LENGTH)
	private String displayName;

	/**
	 * Null until the person has a password (for example a hire who has not used their
	 * set-password link yet).
	 */
	@Column(name = "password_hash", length = PASSWORD_HASH_LENGTH)
	private String passwordHash;

	@Column(name = "enabled", nullable = false)
	private boolean enabled = true;

	// Read for a page of people in one query per batch, not one per person.
	@ElementCollection(fetch = FetchType.EAGER)
	@BatchSize(size = 100)
	@CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = ROLE_LENGTH)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "department_id")
	private Department department;

	/** The HR system's number for the person, unique when given; null when not known. */
	@Column(name = "employee_number", length = PersonLimits.EMPLOYEE_NUMBER_LENGTH)
	private String employeeNumber;

	@Column(name = "job_role", length = PersonLimits.JOB_ROLE_LENGTH)
	private String jobRole;

	@Column(name = "start_date")
	private LocalDate startDate;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "manager_id")
	private Person manager;

	/**
	 * The language tag of the language the person chose for the screens; null while they
	 * follow the browser's.
	 */
	@Column(name = "preferred_language", length = PersonLimits.LANGUAGE_TAG_LENGTH)
	private String preferredLanguage;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected Person() {
	}

	public Person(String email, String displayName) {
		this.email = email;
		this.displayName = displayName;
	}

	// Whole microseconds, as the column keeps them: a time read back from the database
	// then equals the one a client was given, and changedSince finds the change again.
	@PrePersist
	void onCreate() {
		this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Set<Role> getRoles() {
		return (this.roles.isEmpty()) ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(this.roles);
	}

	public void setRoles(Set<Role> roles) {
		this.roles.clear();
		this.roles.addAll(roles);
	}

	public Department getDepartment() {
		return this.department;
	}

	public void setDepartment(Department department) {
		this.department = department;
	}

	public String getEmployeeNumber() {
		return this.employeeNumber;
	}

	public void setEmployeeNumber(String employeeNumber) {
		this.employeeNumber = employeeNumber;
	}

	public String getJobRole() {
		return this.jobRole;
	}

	public void setJobRole(String jobRole) {
		this.jobRole = jobRole;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public void setStartDate(LocalDate startDate) {
		this.startDate = startDate;
	}

	public Person getManager() {
		return this.manager;
	}

	public void setManager(Person manager) {
		this.manager = manager;
	}

	public String getPreferredLanguage() {
		return this.preferredLanguage;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** When the person was last changed: by hand, by an import or by a sign-in. */
	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
