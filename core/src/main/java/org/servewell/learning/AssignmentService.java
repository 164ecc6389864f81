package org.servewell.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.AssignmentRule;
import org.servewell.learning.domain.AssignmentRuleRepository;
import org.servewell.learning.domain.AssignmentSource;
import org.servewell.learning.domain.AssignmentStandings;
import org.servewell.learning.domain.CourseAssignment;
import org.servewell.learning.domain.CourseAssignmentRepository;
import org.servewell.learning.domain.PathAssignment;
import org.servewell.learning.domain.PathAssignmentRepository;
import org.servewell.people.PeopleSaved;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonSaved;
import org.servewell.people.Roles;
import org.servewell.people.SignedInPerson;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;
import org.servewell.shared.Said;

import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Who is asked to take what: assignment rules by department and job role, which apply to
 * people who match now and to everyone who matches later, and assignments made by hand.
 * Each assignment records its source and who made it.
 */
@Service
@Validated
public class AssignmentService {

	private final AssignmentRuleRepository rules;

	private final PathAssignmentRepository pathAssignments;

	private final CourseAssignmentRepository courseAssignments;

	private final CourseBank bank;

	private final PeopleDirectory directory;

	private final PeopleService people;

	private final Clock clock;

	private final AssignmentStandings standings;

	private final RuleBatch batch;

	AssignmentService(AssignmentRuleRepository rules, PathAssignmentRepository pathAssignments,
			CourseAssignmentRepository courseAssignments, CourseBank bank, PeopleDirectory directory,
			PeopleService people, Clock clock, RuleBatch batch, AssignmentStandings standings) {
		this.batch = batch;
		this.standings = standings;
		this.rules = rules;
		this.pathAssignments = pathAssignments;
		this.courseAssignments = courseAssignments;
		this.bank = bank;
		this.directory = directory;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Creates a rule and applies it at once to everyone who already matches. Returns how
	 * many people it assigned.
	 */
	@PreAuthorize(Roles.TRAINER_HR_OR_ADMIN)
	@Transactional
	public int createRule(@Valid RuleForm form) {
		String department = blankToNull(form.department());
		String jobRole = blankToNull(form.jobRole());
		String pathCode = blankToNull(form.pathCode());
		String courseCode = blankToNull(form.courseCode());
		if (department == null && jobRole == null) {
			throw new InvalidAssignmentException(new Said("learning.assignment.department-or-role"));
		}
		if ((pathCode == null) == (courseCode == null)) {
			throw new InvalidAssignmentException(new Said("learning.assignment.path-or-course"));
		}
		Long departmentId = null;
		if (department != null) {
			departmentId = this.directory.departmentId(department)
				.orElseThrow(() -> new InvalidAssignmentException(
						new Said("learning.assignment.department-missing", department)));
		}
		Long pathId = (pathCode != null) ? pathByCode(pathCode).id() : null;
		Long courseId = (courseCode != null) ? courseIdByCode(courseCode) : null;
		AssignmentRule rule = this.rules
			.save(new AssignmentRule(departmentId, jobRole, pathId, courseId, form.dueAfterDays(), signedInId()));
		int assigned = 0;
		for (StaffMember member : this.directory.staffMatching(departmentId, jobRole)) {
			assigned += apply(rule, member) ? 1 : 0;
		}
		return assigned;
	}

	/**
	 * Every rule, oldest first, with what it gives and how many people it has assigned.
	 */
	@PreAuthorize(Roles.TRAINER_HR_OR_ADMIN)
	@Transactional(readOnly = true)
	public List<RuleSummary> listRules() {
		Map<Long, BankPath> paths = this.bank.paths()
			.stream()
			.collect(Collectors.toMap(BankPath::id, Function.identity()));
		return this.rules.findAllByOrderByIdAsc().stream().map((rule) -> {
			String department = (rule.getDepartmentId() != null)
					? this.directory.departmentName(rule.getDepartmentId()).orElse("(removed)") : null;
			String gives = (rule.getPathId() != null) ? "Path: " + paths.get(rule.getPathId()).title()
					: "Course: " + this.bank.newestVersion(rule.getCourseId()).map((v) -> v.title()).orElse("?");
			long count = (rule.getPathId() != null) ? this.pathAssignments.countByRuleId(rule.getId())
					: this.courseAssignments.countByRuleId(rule.getId());
			return new RuleSummary(rule.getId(), department, rule.getJobRole(), gives, rule.getDueAfterDays(),
					rule.getCreatedAt(), count);
		}).toList();
	}

	/** Assigns a course to one person by hand, due on the given day. */
	@PreAuthorize(Roles.TRAINER_HR_OR_ADMIN)
	@Transactional
	public void assignCourse(long personId, String courseCode, LocalDate dueDate) {
		StaffMember member = this.directory.staff(personId)
			.orElseThrow(() -> new InvalidAssignmentException(new Said("learning.assignment.person-gone")));
		assignCourse(member.id(), courseIdByCode(courseCode), null, dueDate, AssignmentSource.MANUAL, null,
				signedInId());
	}

	/**
	 * Assigns a course to a new hire because their interviews showed a weak trait the
	 * course exercises, marked as coming from hiring.
	 * @return false when the person already has the course (from a rule, say), which is
	 * left as it is
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional
	public boolean assignFromHiring(long personId, String courseCode, LocalDate dueDate) {
		StaffMember member = this.directory.staff(personId)
			.orElseThrow(() -> new InvalidAssignmentException(new Said("learning.assignment.person-gone")));
		long courseId = courseIdByCode(courseCode);
		if (this.courseAssignments.findByPersonIdAndCourseId(member.id(), courseId).isPresent()) {
			return false;
		}
		return assignCourse(member.id(), courseId, null, dueDate, AssignmentSource.HIRING, null, signedInId());
	}

	/**
	 * The codes of the onboarding paths a person is enrolled on, in enrolment order; the
	 * hiring hand-over reads the new employee's role from them.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public List<String> pathCodesOf(long personId) {
		return this.pathAssignments.findByPersonIdOrderByIdAsc(personId)
			.stream()
			.map((enrolment) -> this.bank.path(enrolment.getPathId()).map(BankPath::code).orElse(null))
			.filter(Objects::nonNull)
			.toList();
	}

	/**
	 * Enrols one person on an onboarding path by hand; each course is due its days after
	 * their start date.
	 */
	@PreAuthorize(Roles.TRAINER_HR_OR_ADMIN)
	@Transactional
	public void assignPath(long personId, String pathCode) {
		StaffMember member = this.directory.staff(personId)
			.orElseThrow(() -> new InvalidAssignmentException(new Said("learning.assignment.person-gone")));
		assignPath(member, pathByCode(pathCode), AssignmentSource.MANUAL, null, signedInId());
	}

	/**
	 * Assigns a course to everyone in a department by hand, due on the given day. Returns
	 * how many were assigned.
	 */
	@PreAuthorize(Roles.TRAINER_HR_OR_ADMIN)
	@Transactional
	public int assignCourseToDepartment(String department, String courseCode, LocalDate dueDate) {
		long departmentId = this.directory.departmentId(department)
			.orElseThrow(() -> new InvalidAssignmentException(
					new Said("learning.assignment.department-missing", department)));
		long courseId = courseIdByCode(courseCode);
		long by = signedInId();
		int assigned = 0;
		for (StaffMember member : this.directory.staffMatching(departmentId, null)) {
			assigned += assignCourse(member.id(), courseId, null, dueDate, AssignmentSource.MANUAL, null, by) ? 1 : 0;
		}
		return assigned;
	}

	/**
	 * Gives a newly created or changed person what the rules say they should have, in the
	 * same transaction.
	 */
	@EventListener
	void on(PersonSaved event) {
		this.directory.staff(event.personId())
			.filter(StaffMember::enabled)
			.ifPresent((member) -> applyMatching(this.rules.findAllByOrderByIdAsc(), member));
	}

	/**
	 * Gives many people saved at once (an employee import) what the rules say, as for a
	 * {@link PersonSaved} each, with the rules read once and the people read together
	 * ({@link RuleBatch}).
	 */
	@EventListener
	void on(PeopleSaved event) {
		List<AssignmentRule> all = this.rules.findAllByOrderByIdAsc();
		if (all.isEmpty() || event.personIds().isEmpty()) {
			return;
		}
		this.batch.apply(all, this.directory.staff(event.personIds()));
	}

	private void applyMatching(List<AssignmentRule> all, StaffMember member) {
		for (AssignmentRule rule : all) {
			if (matches(rule, member)) {
				apply(rule, member);
			}
		}
	}

	/**
	 * Applies every rule to everyone who matches; used for the demo data, so not open to
	 * callers outside.
	 */
	@Transactional
	void applyAllRules() {
		for (AssignmentRule rule : this.rules.findAllByOrderByIdAsc()) {
			for (StaffMember member : this.directory.staffMatching(rule.getDepartmentId(), rule.getJobRole())) {
				apply(rule, member);
			}
		}
	}

	static boolean matches(AssignmentRule rule, StaffMember member) {
		boolean department = rule.getDepartmentId() == null || rule.getDepartmentId().equals(member.departmentId());
		boolean jobRole = rule.getJobRole() == null || rule.getJobRole().equalsIgnoreCase(member.jobRole());
		return department && jobRole;
	}

	private boolean apply(AssignmentRule rule, StaffMember member) {
		if (rule.getPathId() != null) {
			BankPath path = this.bank.path(rule.getPathId()).orElseThrow();
			return assignPath(member, path, AssignmentSource.RULE, rule.getId(), null);
		}
		return assignCourse(member.id(), rule.getCourseId(), null, startOf(member).plusDays(rule.getDueAfterDays()),
				AssignmentSource.RULE, rule.getId(), null);
	}

	private boolean assignPath(StaffMember member, BankPath path, AssignmentSource source, Long ruleId,
			Long assignedBy) {
		boolean added = this.pathAssignments.findByPersonIdAndPathId(member.id(), path.id()).isEmpty();
		if (added) {
			this.pathAssignments.save(new PathAssignment(member.id(), path.id(), source, ruleId, assignedBy));
		}
		LocalDate start = startOf(member);
		for (BankPath.Step step : path.courses()) {
			assignCourse(member.id(), step.courseId(), path.id(), start.plusDays(step.dueAfterDays()), source, ruleId,
					assignedBy);
		}
		return added;
	}

	/**
	 * Adds the assignment, or keeps the existing one with the earlier of the two due
	 * dates.
	 */
	private boolean assignCourse(long personId, long courseId, Long pathId, LocalDate dueDate, AssignmentSource source,
			Long ruleId, Long assignedBy) {
		var existing = this.courseAssignments.findByPersonIdAndCourseId(personId, courseId);
		if (existing.isPresent()) {
			existing.get().keepEarlierDueDate(dueDate);
			return false;
		}
		this.courseAssignments
			.saveAndFlush(new CourseAssignment(personId, courseId, pathId, dueDate, source, ruleId, assignedBy));
		this.standings.recompute(personId, courseId);
		return true;
	}

	private LocalDate startOf(StaffMember member) {
		return (member.startDate() != null) ? member.startDate() : LocalDate.now(this.clock);
	}

	private BankPath pathByCode(String code) {
		return this.bank.paths()
			.stream()
			.filter((path) -> path.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new InvalidAssignmentException(new Said("learning.assignment.path-missing", code)));
	}

	private long courseIdByCode(String code) {
		return this.bank.courseId(code)
			.orElseThrow(() -> new InvalidAssignmentException(new Said("learning.course-missing", code)));
	}

	private long signedInId() {
		return this.people.currentPerson()
			.map(SignedInPerson::id)
			.orElseThrow(() -> new IllegalStateException("No signed-in person"));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
