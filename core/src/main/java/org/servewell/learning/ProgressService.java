package org.servewell.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.ProgressQueries.Scope;
import org.servewell.learning.domain.ProgressQueries.Standing;
import org.servewell.learning.domain.ProgressQueries;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.people.SignedInPerson;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is assigned what and how far they are: trainers, HR and administrators see
 * everyone; a manager sees only the people who report to them. Totals are grouped queries
 * and people come a page at a time, both counted, filtered and sorted in the database
 * ({@link ProgressQueries}), so the cost of a page does not grow with the number of
 * learners.
 */
@Service
public class ProgressService {

	private final ProgressQueries queries;

	private final CourseBank bank;

	private final PeopleService people;

	private final Clock clock;

	ProgressService(ProgressQueries queries, CourseBank bank, PeopleService people, Clock clock) {
		this.queries = queries;
		this.bank = bank;
		this.people = people;
		this.clock = clock;
	}

	/** Whether the signed-in person sees everyone or only their team. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public ProgressScope scope() {
		return (scopeOfSignedIn().managerId() == null) ? ProgressScope.EVERYONE : ProgressScope.TEAM;
	}

	/**
	 * Every assigned course, by title, with counts of people not started, in progress,
	 * complete and overdue.
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<CourseProgress> courses() {
		return this.queries.courseCounts(scopeOfSignedIn(), LocalDate.now(this.clock))
			.stream()
			.flatMap((counts) -> this.bank.newestVersion(counts.courseId())
				.map((version) -> new CourseProgress(version.courseCode(), version.title(), counts.assigned(),
						counts.notStarted(), counts.inProgress(), counts.complete(), counts.expired(),
						counts.overdue()))
				.stream())
			.sorted(Comparator.comparing(CourseProgress::title).thenComparing(CourseProgress::courseCode))
			.toList();
	}

	/** Each person assigned the course and where they stand, by name. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<PersonProgress> course(String courseCode) {
		return coursePage(courseCode, ProgressOrder.NAME, false, 0, Integer.MAX_VALUE);
	}

	/**
	 * One page of the people assigned the course and where they stand.
	 * @param courseCode the course
	 * @param order what to sort by
	 * @param descending whether in reverse
	 * @param offset rows to skip
	 * @param limit rows at most
	 */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<PersonProgress> coursePage(String courseCode, ProgressOrder order, boolean descending, int offset,
			int limit) {
		Optional<BankVersion> version = newestVersion(courseCode);
		if (version.isEmpty()) {
			return List.of();
		}
		return this.queries
			.coursePage(scopeOfSignedIn(), version.get().courseId(), ProgressQueries.Order.valueOf(order.name()),
					descending, LocalDate.now(this.clock), offset, limit)
			.stream()
			.map((standing) -> toProgress(standing, version.get()))
			.toList();
	}

	/** How many people are assigned the course: the number of rows its pages hold. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public int coursePeopleCount(String courseCode) {
		return newestVersion(courseCode)
			.map((version) -> this.queries.assignedCount(scopeOfSignedIn(), version.courseId()))
			.orElse(0);
	}

	/** One person's assigned courses; a manager may ask only about their own reports. */
	@PreAuthorize(Roles.STAFF_LEADS)
	@Transactional(readOnly = true)
	public List<PersonProgress> person(long personId) {
		Scope scope = scopeOfSignedIn();
		if (!this.queries.inScope(scope, personId)) {
			throw new LearningNotFoundException(new Said("learning.person-not-in-view"));
		}
		Map<Long, Optional<BankVersion>> versions = new HashMap<>();
		return this.queries.personCourses(scope, personId, LocalDate.now(this.clock))
			.stream()
			.flatMap((standing) -> versions.computeIfAbsent(standing.courseId(), this.bank::newestVersion)
				.map((version) -> toProgress(standing, version))
				.stream())
			.toList();
	}

	private Optional<BankVersion> newestVersion(String courseCode) {
		return this.bank.courseId(courseCode).flatMap(this.bank::newestVersion);
	}

	private PersonProgress toProgress(Standing standing, BankVersion version) {
		PersonProgress.Status status = standing.complete() ? PersonProgress.Status.COMPLETE
				: standing.expired() ? PersonProgress.Status.EXPIRED
						: standing.started() ? PersonProgress.Status.IN_PROGRESS : PersonProgress.Status.NOT_STARTED;
		boolean overdue = (status == PersonProgress.Status.NOT_STARTED || status == PersonProgress.Status.IN_PROGRESS)
				&& standing.dueDate() != null && standing.dueDate().isBefore(LocalDate.now(this.clock));
		return new PersonProgress(standing.personId(), standing.name(), standing.department(), version.courseCode(),
				version.title(), standing.dueDate(), status, overdue, standing.attempts(), standing.bestScore());
	}

	/**
	 * Everyone for trainers, HR and administrators; a manager's reports for a manager.
	 */
	private Scope scopeOfSignedIn() {
		SignedInPerson me = this.people.currentPerson()
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.sign-in-for-progress")));
		if (me.hasRole(Role.TRAINER) || me.hasRole(Role.HR) || me.hasRole(Role.ADMIN)) {
			return Scope.everyone();
		}
		return Scope.teamOf(me.id());
	}

}
