package org.servewell.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.PathSummary;
import org.servewell.hiring.CandidateHired;
import org.servewell.learning.domain.HiringCourseChoice;
import org.servewell.learning.domain.HiringCourseChoiceRepository;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The courses the hiring hand-over adds for a new employee's weakest traits. A course
 * must fit the hire's role, which Servewell reads from the onboarding paths' audiences: a
 * course on a path is for that path's audience ("New front-line hires", "New and newly
 * promoted team leads"), and a course on every path, or on none, is for everyone. So a
 * front-line hire is never given a course written for team leads, and a hire whom no path
 * matches gets only courses meant for everyone. What was chosen is kept for HR to read
 * ({@link HiringCourseService}).
 */
@Component
class HandOverCourses {

	private final CatalogService catalog;

	private final AssignmentService assignments;

	private final HiringCourseChoiceRepository choices;

	private final Clock clock;

	HandOverCourses(CatalogService catalog, AssignmentService assignments, HiringCourseChoiceRepository choices,
			Clock clock) {
		this.catalog = catalog;
		this.assignments = assignments;
		this.choices = choices;
		this.clock = clock;
	}

	/**
	 * Adds the courses for a new hire's weakest traits, in the hiring decision's
	 * transaction: a failure here undoes the hire, as
	 * docs/decisions/0009-hire-hand-over-as-an-event.md requires. By then the assignment
	 * rules have given the hire their onboarding path, since People published
	 * {@code PersonSaved} when hiring created them.
	 */
	@EventListener
	void on(CandidateHired hired) {
		add(hired.personId(), hired.weakestTraits(), hired.coursesDue());
	}

	/**
	 * For each weak trait, adds the fitting course that trains it most and is not
	 * assigned yet, due on {@code due}, and keeps what was done or why nothing was.
	 */
	private void add(long personId, List<CandidateHired.WeakTrait> weakest, LocalDate due) {
		if (weakest.isEmpty()) {
			return;
		}
		List<PathSummary> paths = this.catalog.listPaths();
		Set<String> theirs = Set.copyOf(this.assignments.pathCodesOf(personId));
		String audience = audience(paths, theirs);
		Instant now = this.clock.instant();
		for (int order = 0; order < weakest.size(); order++) {
			CandidateHired.WeakTrait weak = weakest.get(order);
			Choice choice = choose(paths, theirs, this.catalog.coursesExercising(weak.traitCode()),
					(course) -> this.assignments.assignFromHiring(personId, course, due));
			this.choices.save(new HiringCourseChoice(personId, order, weak.traitName(), weak.mean(), choice.outcome(),
					choice.courseCode(), audience, now));
		}
	}

	/**
	 * The audiences of the paths the hire is on, such as "New front-line hires";
	 * {@code null} when they are on none.
	 */
	private static String audience(List<PathSummary> paths, Set<String> theirs) {
		String joined = paths.stream()
			.filter((path) -> theirs.contains(path.code()))
			.map(PathSummary::audience)
			.distinct()
			.collect(Collectors.joining("; "));
		if (joined.isEmpty()) {
			return null;
		}
		return (joined.length() <= HiringCourseChoice.AUDIENCE_LENGTH) ? joined
				: joined.substring(0, HiringCourseChoice.AUDIENCE_LENGTH - 1) + "…";
	}

	/**
	 * Tries the fitting courses among those that train a trait, in order, until one is
	 * added.
	 * @param training the courses that train the trait, the best first
	 * @param assign adds a course, answering false when it was assigned already
	 */
	static Choice choose(List<PathSummary> paths, Set<String> theirPaths, List<String> training,
			Predicate<String> assign) {
		if (training.isEmpty()) {
			return new Choice(HiringCourses.Outcome.NO_COURSE, null);
		}
		List<String> fitting = fitting(paths, theirPaths, training);
		if (fitting.isEmpty()) {
			return new Choice(HiringCourses.Outcome.NO_FITTING_COURSE, null);
		}
		return fitting.stream()
			.filter(assign)
			.findFirst()
			.map((course) -> new Choice(HiringCourses.Outcome.ADDED, course))
			.orElse(new Choice(HiringCourses.Outcome.ASSIGNED_ALREADY, null));
	}

	/**
	 * The courses among {@code candidates}, in their order, that fit a hire enrolled on
	 * {@code theirPaths}: those on one of their paths, on every path, or on none.
	 */
	static List<String> fitting(List<PathSummary> paths, Set<String> theirPaths, List<String> candidates) {
		Set<String> onTheirPaths = new LinkedHashSet<>();
		Set<String> onAnyPath = new LinkedHashSet<>();
		Set<String> onEveryPath = null;
		for (PathSummary path : paths) {
			Set<String> courses = path.courses()
				.stream()
				.map(PathSummary.PathCourse::courseCode)
				.collect(Collectors.toSet());
			onAnyPath.addAll(courses);
			if (theirPaths.contains(path.code())) {
				onTheirPaths.addAll(courses);
			}
			if (onEveryPath == null) {
				onEveryPath = new LinkedHashSet<>(courses);
			}
			else {
				onEveryPath.retainAll(courses);
			}
		}
		Set<String> forEveryone = (onEveryPath != null) ? onEveryPath : Set.of();
		return candidates.stream()
			.filter((course) -> onTheirPaths.contains(course) || forEveryone.contains(course)
					|| !onAnyPath.contains(course))
			.toList();
	}

	/**
	 * What was chosen for one trait.
	 *
	 * @param outcome added, or why not
	 * @param courseCode the course added, or {@code null}
	 */
	record Choice(HiringCourses.Outcome outcome, String courseCode) {
	}

}
