package org.servewell.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.AssignmentInserts;
import org.servewell.learning.domain.AssignmentRule;
import org.servewell.learning.domain.AssignmentSource;
import org.servewell.learning.domain.CourseAssignment;
import org.servewell.learning.domain.CourseAssignmentRepository;
import org.servewell.learning.domain.PathAssignment;
import org.servewell.learning.domain.PathAssignmentRepository;
import org.servewell.people.directory.StaffMember;

import org.springframework.stereotype.Component;

/**
 * Assignment rules applied to many people at once (an employee import), with the same
 * outcome as {@link AssignmentService} applying them to each person saved by hand: a
 * path's enrolment once, each course once with the earlier of two due dates. What the
 * people already have is read in one query per kind, and what is new is written in JDBC
 * batches, instead of a read and an insert per assignment.
 */
@Component
class RuleBatch {

	private final PathAssignmentRepository pathAssignments;

	private final CourseAssignmentRepository courseAssignments;

	private final AssignmentInserts inserts;

	private final CourseBank bank;

	private final Clock clock;

	RuleBatch(PathAssignmentRepository pathAssignments, CourseAssignmentRepository courseAssignments,
			AssignmentInserts inserts, CourseBank bank, Clock clock) {
		this.pathAssignments = pathAssignments;
		this.courseAssignments = courseAssignments;
		this.inserts = inserts;
		this.bank = bank;
		this.clock = clock;
	}

	/** Gives each enabled member what the rules, in order, say they should have. */
	void apply(List<AssignmentRule> rules, List<StaffMember> members) {
		List<StaffMember> matching = members.stream()
			.filter(StaffMember::enabled)
			.filter((member) -> rules.stream().anyMatch((rule) -> AssignmentService.matches(rule, member)))
			.toList();
		if (matching.isEmpty()) {
			return;
		}
		List<Long> ids = matching.stream().map(StaffMember::id).toList();
		Set<String> paths = new HashSet<>();
		this.pathAssignments.findByPersonIdIn(ids)
			.forEach((path) -> paths.add(path.getPersonId() + ":" + path.getPathId()));
		Map<String, CourseAssignment> courses = new HashMap<>();
		this.courseAssignments.findByPersonIdIn(ids)
			.forEach((course) -> courses.put(course.getPersonId() + ":" + course.getCourseId(), course));
		Map<Long, BankPath> pathById = new HashMap<>();
		List<PathAssignment> newPaths = new ArrayList<>();
		List<CourseAssignment> newCourses = new ArrayList<>();
		for (StaffMember member : matching) {
			LocalDate start = (member.startDate() != null) ? member.startDate() : LocalDate.now(this.clock);
			for (AssignmentRule rule : rules) {
				if (!AssignmentService.matches(rule, member)) {
					continue;
				}
				if (rule.getPathId() != null) {
					BankPath path = pathById.computeIfAbsent(rule.getPathId(),
							(id) -> this.bank.path(id).orElseThrow());
					if (paths.add(member.id() + ":" + path.id())) {
						newPaths
							.add(new PathAssignment(member.id(), path.id(), AssignmentSource.RULE, rule.getId(), null));
					}
					for (BankPath.Step step : path.courses()) {
						assign(courses, newCourses, new CourseAssignment(member.id(), step.courseId(), path.id(),
								start.plusDays(step.dueAfterDays()), AssignmentSource.RULE, rule.getId(), null));
					}
				}
				else {
					assign(courses, newCourses, new CourseAssignment(member.id(), rule.getCourseId(), null,
							start.plusDays(rule.getDueAfterDays()), AssignmentSource.RULE, rule.getId(), null));
				}
			}
		}
		this.inserts.insertPaths(newPaths);
		this.inserts.insertCourses(newCourses);
	}

	/** Adds the assignment, or keeps the one there is with the earlier due date. */
	private static void assign(Map<String, CourseAssignment> courses, List<CourseAssignment> added,
			CourseAssignment assignment) {
		CourseAssignment existing = courses.putIfAbsent(assignment.getPersonId() + ":" + assignment.getCourseId(),
				assignment);
		if (existing != null) {
			existing.keepEarlierDueDate(assignment.getDueDate());
		}
		else {
			added.add(assignment);
		}
	}

}
