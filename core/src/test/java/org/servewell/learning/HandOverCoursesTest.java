package org.servewell.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servewell.catalog.PathSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which courses fit a new hire's role, read from the onboarding paths' audiences: a
 * course on a path is for that path's audience, a course on every path or on none is for
 * everyone.
 */
class HandOverCoursesTest {

	static final PathSummary FRONT_LINE = path("front-line-onboarding", "New front-line hires", "first-time",
			"what-customers-expect", "dignity");

	static final PathSummary TEAM_LEAD = path("team-lead-onboarding", "New and newly promoted team leads", "first-time",
			"dignity", "service-commitment-for-leads");

	static final List<PathSummary> PATHS = List.of(FRONT_LINE, TEAM_LEAD);

	static PathSummary path(String code, String audience, String... courses) {
		return new PathSummary(code, code, "", audience,
				List.of(courses).stream().map((course) -> new PathSummary.PathCourse(course, course, 7)).toList());
	}

	@Test
	void front_line_hire_fits_their_path_and_courses_on_no_path_but_not_the_team_lead_course() {
		assertThat(HandOverCourses.fitting(PATHS, Set.of("front-line-onboarding"),
				List.of("service-commitment-for-leads", "first-time", "general", "what-customers-expect")))
			.containsExactly("first-time", "general", "what-customers-expect");
	}

	@Test
	void hire_without_a_path_fits_only_courses_every_path_shares_or_none_has() {
		assertThat(HandOverCourses.fitting(PATHS, Set.of(),
				List.of("service-commitment-for-leads", "what-customers-expect", "dignity", "general")))
			.containsExactly("dignity", "general");
	}

	@Test
	void trait_only_a_team_lead_course_trains_has_no_fitting_course_for_a_front_line_hire() {
		List<String> tried = new ArrayList<>();

		HandOverCourses.Choice choice = HandOverCourses.choose(PATHS, Set.of("front-line-onboarding"),
				List.of("service-commitment-for-leads"), (course) -> tried.add(course));

		assertThat(choice.outcome()).isEqualTo(HiringCourses.Outcome.NO_FITTING_COURSE);
		assertThat(choice.courseCode()).isNull();
		assertThat(tried).isEmpty();
	}

	@Test
	void fitting_courses_assigned_already_are_skipped_and_the_next_one_is_added() {
		HandOverCourses.Choice choice = HandOverCourses.choose(PATHS, Set.of("front-line-onboarding"),
				List.of("first-time", "service-commitment-for-leads", "what-customers-expect"),
				"what-customers-expect"::equals);

		assertThat(choice.outcome()).isEqualTo(HiringCourses.Outcome.ADDED);
		assertThat(choice.courseCode()).isEqualTo("what-customers-expect");
	}

	@Test
	void every_fitting_course_assigned_already_says_so() {
		HandOverCourses.Choice choice = HandOverCourses.choose(PATHS, Set.of("front-line-onboarding"),
				List.of("first-time", "service-commitment-for-leads"), (course) -> false);

		assertThat(choice.outcome()).isEqualTo(HiringCourses.Outcome.ASSIGNED_ALREADY);
	}

}
