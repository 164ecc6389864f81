package org.servewell.content.cli;

import java.io.PrintStream;

import org.servewell.content.ContentBundle;
import org.servewell.content.CourseContent;
import org.servewell.content.EssayCitation;
import org.servewell.content.EssayContent;
import org.servewell.content.InterviewKitContent;
import org.servewell.content.PathContent;
import org.servewell.content.TraitContent;

/**
 * What a content folder holds, in counts, and how often each essay point is taught: the
 * overview a trainer wants before and after a round of writing.
 */
final class ContentSummary {

	private final ContentBundle bundle;

	ContentSummary(ContentBundle bundle) {
		this.bundle = bundle;
	}

	void print(PrintStream out) {
		int lessons = this.bundle.courses().stream().mapToInt((course) -> course.lessons().size()).sum();
		int scenarios = this.bundle.courses().stream().mapToInt((course) -> course.scenarios().size()).sum();
		out.println(count(this.bundle.courses().size(), "course") + ", " + count(lessons, "lesson") + ", "
				+ count(scenarios, "scenario"));
		for (CourseContent course : this.bundle.courses()) {
			out.println("  " + course.id() + ": " + count(course.lessons().size(), "lesson") + ", "
					+ count(course.scenarios().size(), "scenario") + ", quiz draws "
					+ course.quiz().scenariosPerAttempt() + ", pass mark " + course.quiz().passMark() + "%");
		}
		out.println(count(this.bundle.traits().size(), "trait"));
		for (TraitContent trait : this.bundle.traits()) {
			out.println("  " + trait.id() + ": " + count(trait.anchors().size(), "anchor"));
		}
		out.println(count(this.bundle.interviewKits().size(), "interview kit"));
		for (InterviewKitContent kit : this.bundle.interviewKits()) {
			int questions = kit.traits().stream().mapToInt((trait) -> trait.questions().size()).sum();
			out.println(
					"  " + kit.id() + ": " + count(kit.traits().size(), "trait") + ", " + count(questions, "question"));
		}
		out.println(count(this.bundle.paths().size(), "path"));
		for (PathContent path : this.bundle.paths()) {
			out.println("  " + path.id() + ": " + count(path.courses().size(), "course"));
		}
		out.println(count(this.bundle.essays().size(), "essay"));
		for (EssayContent essay : this.bundle.essays()) {
			out.println("  " + essay.essay() + " (" + essay.title() + "): " + count(essay.points().size(), "point"));
			for (EssayContent.Point point : essay.points()) {
				EssayCitation citation = new EssayCitation(essay.essay(), point.id());
				out.println("    " + point.id() + ": taught by " + count(lessonsTeaching(citation), "lesson") + ", "
						+ count(scenariosTeaching(citation), "scenario"));
			}
		}
	}

	private long lessonsTeaching(EssayCitation citation) {
		return this.bundle.courses()
			.stream()
			.flatMap((course) -> course.lessons().stream())
			.filter((lesson) -> lesson.sources().contains(citation))
			.count();
	}

	private long scenariosTeaching(EssayCitation citation) {
		return this.bundle.courses()
			.stream()
			.flatMap((course) -> course.scenarios().stream())
			.filter((scenario) -> citation.equals(scenario.source()))
			.count();
	}

	/** "1 course", "2 courses". */
	static String count(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}
