package org.servewell.hiring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.CourseSummary;
import org.servewell.catalog.PathSummary;
import org.servewell.learning.AssignmentService;

import org.springframework.stereotype.Component;

/**
 * The courses the hiring hand-over adds for a new employee's weakest traits. A course
 * must fit the hire's role, which Servewell reads from the onboarding paths' audiences: a
 * course on a path is for that path's audience ("New front-line hires", "New and newly
 * promoted team leads"), and a course on every path, or on none, is for everyone. So a
 * front-line hire is never given a course written for team leads, and a hire whom no path
 * matches gets only courses meant for everyone.
 */
@Component
class HandOverCourses {

	/** How many of the weakest traits get a course. */
	static final int WEAK_TRAITS = 2;

	private final CatalogService catalog;

	private final AssignmentService assignments;

	HandOverCourses(CatalogService catalog, AssignmentService assignments) {
		this.catalog = catalog;
		this.assignments = assignments;
	}

	/**
	 * For each of the hire's weakest traits, adds the fitting course that trains it most
	 * and is not assigned yet, due on {@code due}; says why when none was added.
	 */
	HandOver add(long personId, CandidatePicture picture, LocalDate due) {
		List<PathSummary> paths = this.catalog.listPaths();
		Set<String> theirs = Set.copyOf(this.assignments.pathCodesOf(personId));
		String audience = paths.stream()
			.filter((path) -> theirs.contains(path.code()))
			.map(PathSummary::audience)
			.distinct()
			.collect(Collectors.collectingAndThen(Collectors.joining("; "),
					(joined) -> joined.isEmpty() ? null : joined));
		List<HireResult.TraitCourse> courses = new ArrayList<>();
		if (picture != null) {
			Map<String, String> titles = this.catalog.listCourses()
				.stream()
				.collect(Collectors.toMap(CourseSummary::code, CourseSummary::title));
			for (CandidatePicture.TraitPicture weak : weakest(picture, WEAK_TRAITS)) {
				Choice choice = choose(paths, theirs, this.catalog.coursesExercising(weak.traitCode()),
						(course) -> this.assignments.assignFromHiring(personId, course, due));
				courses.add(new HireResult.TraitCourse(weak.traitName(), weak.mean(), choice.outcome(),
						choice.courseCode(), (choice.courseCode() != null)
								? titles.getOrDefault(choice.courseCode(), choice.courseCode()) : null));
			}
		}
		return new HandOver(audience, courses);
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
			return new Choice(HireResult.Outcome.NO_COURSE, null);
		}
		List<String> fitting = fitting(paths, theirPaths, training);
		if (fitting.isEmpty()) {
			return new Choice(HireResult.Outcome.NO_FITTING_COURSE, null);
		}
		return fitting.stream()
			.filter(assign)
			.findFirst()
			.map((course) -> new Choice(HireResult.Outcome.ADDED, course))
			.orElse(new Choice(HireResult.Outcome.ASSIGNED_ALREADY, null));
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
	 * The rated traits with the lowest panel means; ties go to the trait the kit weighs
	 * more, then to the kit's order.
	 */
	static List<CandidatePicture.TraitPicture> weakest(CandidatePicture picture, int count) {
		return picture.traits()
			.stream()
			.filter((trait) -> trait.mean() != null)
			.sorted(Comparator.comparing(CandidatePicture.TraitPicture::mean)
				.thenComparing(CandidatePicture.TraitPicture::weight, Comparator.reverseOrder()))
			.limit(count)
			.toList();
	}

	/** What the hand-over did: the hire's audience and each weak trait's course. */
	record HandOver(String audience, List<HireResult.TraitCourse> traitCourses) {
	}

	/**
	 * What was chosen for one trait.
	 *
	 * @param outcome added, or why not
	 * @param courseCode the course added, or {@code null}
	 */
	record Choice(HireResult.Outcome outcome, String courseCode) {
	}

}
