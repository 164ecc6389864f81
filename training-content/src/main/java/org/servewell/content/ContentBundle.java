package org.servewell.content;

import java.util.List;
import java.util.Optional;

/**
 * Everything a content folder holds, read and checked.
 *
 * @param courses the courses in the order {@code content.yaml} lists them
 * @param paths the onboarding paths
 * @param traits the service-trait model
 * @param interviewKits the interview kits
 * @param essays the coverage maps of the source essays
 * @param bankHealth whether a bank that a surface strategy passes is an error or a
 * warning ({@code bankHealth} in {@code content.yaml}; a warning unless the folder raises
 * it)
 */
public record ContentBundle(List<CourseContent> courses, List<PathContent> paths, List<TraitContent> traits,
		List<InterviewKitContent> interviewKits, List<EssayContent> essays, CheckLevel bankHealth) {

	/** Content whose bank health is reported as a warning. */
	public ContentBundle(List<CourseContent> courses, List<PathContent> paths, List<TraitContent> traits,
			List<InterviewKitContent> interviewKits, List<EssayContent> essays) {
		this(courses, paths, traits, interviewKits, essays, CheckLevel.WARNING);
	}

	/** How a check's findings count: as warnings that pass, or as errors that fail. */
	public enum CheckLevel {

		/** Reported; the content still passes. */
		WARNING,

		/** Reported as a problem; {@code validate} fails. */
		ERROR

	}

	public ContentBundle {
		courses = List.copyOf(courses);
		paths = List.copyOf(paths);
		traits = List.copyOf(traits);
		interviewKits = List.copyOf(interviewKits);
		essays = List.copyOf(essays);
	}

	/** The course with this id, if the bundle has it. */
	public Optional<CourseContent> course(String id) {
		return this.courses.stream().filter((course) -> course.id().equals(id)).findFirst();
	}

	/** The trait with this id, if the model has it. */
	public Optional<TraitContent> trait(String id) {
		return this.traits.stream().filter((trait) -> trait.id().equals(id)).findFirst();
	}

}
