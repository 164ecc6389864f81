package org.servewell.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.learning.domain.CourseAssignment;
import org.servewell.learning.domain.CourseAssignmentRepository;
import org.servewell.learning.domain.LessonReadRepository;
import org.servewell.learning.domain.QuizAttemptRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.people.SignedInPerson;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is assigned what and how far they are: trainers, HR and administrators see
 * everyone; a manager sees only the people who report to them. Figures come from a few
 * grouped queries, not from loading every attempt.
 */
@Service
public class ProgressService {

	private final CourseAssignmentRepository assignments;

	private final CompletionRepository completions;

	private final QuizAttemptRepository attempts;

	private final LessonReadRepository lessonsRead;

	private final CourseBank bank;

	private final PeopleService people;

	private final PeopleDirectory directory;

	private final Clock clock;

	ProgressService(CourseAssignmentRepository assignments, CompletionRepository completions,
			QuizAttemptRepository attempts, LessonReadRepository lessonsRead, CourseBank bank, PeopleService people,
			PeopleDirectory directory, Clock clock) {
		this.assignments = assignments;
		this.completions = completions;
		this.attempts = attempts;
		this.lessonsRead = lessonsRead;
		this.bank = bank;
		this.people = people;
		this.directory = directory;
		this.clock = clock;
	}

	/**
	 * Every assigned course with counts of people not started, in progress, complete and
	 * overdue.
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<CourseProgress> courses() {
		Map<String, int[]> counts = new LinkedHashMap<>();
		Map<String, String> titles = new HashMap<>();
		for (PersonProgress row : rows()) {
			titles.put(row.courseCode(), row.courseTitle());
			int[] count = counts.computeIfAbsent(row.courseCode(), (code) -> new int[5]);
			count[0]++;
			count[1 + row.status().ordinal()]++;
			if (row.overdue()) {
				count[4]++;
			}
		}
		List<CourseProgress> result = new ArrayList<>();
		counts.forEach((code, count) -> result
			.add(new CourseProgress(code, titles.get(code), count[0], count[1], count[2], count[3], count[4])));
		return result;
	}

	/** Each person assigned the course and where they stand. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<PersonProgress> course(String courseCode) {
		return rows().stream().filter((row) -> row.courseCode().equals(courseCode)).toList();
	}

	/** One person's assigned courses; a manager may ask only about their own reports. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<PersonProgress> person(long personId) {
		List<PersonProgress> rows = rows().stream().filter((row) -> row.personId() == personId).toList();
		if (rows.isEmpty() && visiblePeople().stream().noneMatch((staff) -> staff.id() == personId)) {
			throw new LearningNotFoundException("There is no one with that id in your view.");
		}
		return rows;
	}

	private List<PersonProgress> rows() {
		List<StaffMember> visible = visiblePeople();
		Map<Long, StaffMember> byId = new HashMap<>();
		visible.forEach((staff) -> byId.put(staff.id(), staff));
		Set<String> complete = new HashSet<>();
		this.completions.findAll()
			.stream()
			.filter((completion) -> completion.getCourseId() != null
					&& completion.isActiveOn(LocalDate.now(this.clock)))
			.forEach((completion) -> complete.add(completion.getPersonId() + ":" + completion.getCourseId()));
		Map<String, Object[]> attemptStats = new HashMap<>();
		for (Object[] row : this.attempts.attemptStatistics()) {
			attemptStats.put(row[0] + ":" + row[1], row);
		}
		Set<String> started = new HashSet<>();
		for (Object[] row : this.lessonsRead.readingPeople()) {
			started.add(row[0] + ":" + this.bank.version((Long) row[1]).courseId());
		}
		LocalDate today = LocalDate.now(this.clock);
		List<PersonProgress> rows = new ArrayList<>();
		for (CourseAssignment assignment : this.assignments.findAll()) {
			StaffMember staff = byId.get(assignment.getPersonId());
			if (staff == null) {
				continue;
			}
			BankVersion version = this.bank.newestVersion(assignment.getCourseId()).orElse(null);
			if (version == null) {
				continue;
			}
			String key = assignment.getPersonId() + ":" + assignment.getCourseId();
			Object[] stats = attemptStats.get(key);
			int attemptCount = (stats != null) ? ((Number) stats[2]).intValue() : 0;
			Integer best = (stats != null && stats[3] != null) ? ((Number) stats[3]).intValue() : null;
			PersonProgress.Status status = complete.contains(key) ? PersonProgress.Status.COMPLETE
					: (attemptCount > 0 || started.contains(key)) ? PersonProgress.Status.IN_PROGRESS
							: PersonProgress.Status.NOT_STARTED;
			boolean overdue = status != PersonProgress.Status.COMPLETE && assignment.getDueDate() != null
					&& assignment.getDueDate().isBefore(today);
			rows.add(new PersonProgress(staff.id(), staff.displayName(), staff.department(), version.courseCode(),
					version.title(), assignment.getDueDate(), status, overdue, attemptCount, best));
		}
		return rows;
	}

	/**
	 * Everyone for trainers, HR and administrators; a manager's reports for a manager.
	 */
	private List<StaffMember> visiblePeople() {
		SignedInPerson me = this.people.currentPerson()
			.orElseThrow(() -> new LearningNotFoundException("Sign in to see progress."));
		if (me.hasRole(Role.TRAINER) || me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)) {
			return this.directory.staffMatching(null, null);
		}
		return this.directory.teamOf(me.id());
	}

}
