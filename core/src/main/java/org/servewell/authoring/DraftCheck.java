package org.servewell.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.authoring.domain.DraftLesson;
import org.servewell.authoring.domain.DraftScenario;
import org.servewell.catalog.CourseVersions;
import org.servewell.content.ContentException;
import org.servewell.content.ContentProblem;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.CourseFiles;
import org.servewell.content.CourseWriter;

import org.springframework.stereotype.Component;

/**
 * Checks a draft the way a content folder is checked: writes it in the content format and
 * reads it back with the content reader, so the draft passes exactly the rules a content
 * folder must. Each problem is placed on the part of the draft it is about.
 */
@Component
class DraftCheck {

	private final CourseVersions versions;

	private final ContentSource contentSource;

	DraftCheck(CourseVersions versions, ContentSource contentSource) {
		this.versions = versions;
		this.contentSource = contentSource;
	}

	/**
	 * The draft read back by the content reader: the course, or what is wrong with it.
	 */
	Checked check(CourseDraft draft) {
		CourseFiles files = CourseWriter.write(draft.asContent());
		List<DraftLesson> lessons = draft.getLessons();
		List<DraftScenario> scenarios = draft.getScenarios();
		List<DraftProblem> problems = new ArrayList<>();
		Optional<CourseContent> read = Optional.empty();
		try {
			read = Optional.of(ContentReader.readCourse(files.over(this.contentSource), draft.getCourseCode()));
		}
		catch (ContentException ex) {
			for (ContentProblem problem : ex.problems()) {
				problems.add(placed(problem, files, lessons, scenarios));
			}
		}
		Map<String, String> elsewhere = this.versions.scenarioIdsOfOtherCourses(draft.getCourseCode());
		for (DraftScenario scenario : scenarios) {
			String course = elsewhere.get(scenario.getContent().key());
			if (course != null) {
				problems.add(new DraftProblem(DraftProblem.Part.SCENARIO, scenario.getId(), "",
						usedElsewhere(scenario.getContent().key(), course)));
			}
		}
		return new Checked(problems.isEmpty() ? read : Optional.empty(), problems);
	}

	/** Why a scenario id another course uses cannot be this course's too. */
	static String usedElsewhere(String scenarioId, String course) {
		return "scenario id '" + scenarioId + "' is already used in course '" + course
				+ "'; scenario ids must be unique across all courses";
	}

	private static DraftProblem placed(ContentProblem problem, CourseFiles files, List<DraftLesson> lessons,
			List<DraftScenario> scenarios) {
		String location = (problem.line() > 0) ? problem.file() + ":" + problem.line() : problem.file();
		Optional<CourseFiles.Part> part = files.partOf(problem);
		if (part.isPresent() && part.get().kind() == CourseFiles.Kind.LESSON && part.get().index() < lessons.size()) {
			return new DraftProblem(DraftProblem.Part.LESSON, lessons.get(part.get().index()).getId(), location,
					problem.message());
		}
		if (part.isPresent() && part.get().kind() == CourseFiles.Kind.SCENARIO
				&& part.get().index() < scenarios.size()) {
			return new DraftProblem(DraftProblem.Part.SCENARIO, scenarios.get(part.get().index()).getId(), location,
					problem.message());
		}
		return new DraftProblem(DraftProblem.Part.DETAILS, null, location, problem.message());
	}

	/**
	 * A draft read back by the content reader.
	 *
	 * @param content the course as read, present only when there are no problems
	 * @param problems what stops the draft from being published
	 */
	record Checked(Optional<CourseContent> content, List<DraftProblem> problems) {
	}

}
