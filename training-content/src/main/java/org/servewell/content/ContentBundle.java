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
 */
public record ContentBundle(List<CourseContent> courses, List<PathContent> paths, List<TraitContent> traits,
		List<InterviewKitContent> interviewKits, List<EssayContent> essays) {

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
