package org.servewell.content.health;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.servewell.content.CourseContent;
import org.servewell.content.LessonContent;
import org.servewell.content.OptionContent;
import org.servewell.content.ScenarioContent;

/**
 * Scenarios a learner would meet twice: two scenarios that set the same dilemma (in one
 * bank or across banks), and a scenario that retells one of its own course's lesson
 * examples, so that a learner who remembers the lesson answers without judging. Both use
 * {@link TextSimilarity}; the thresholds were set on the bundled content of 2026-12-02,
 * where they flag the known retold dilemmas and lesson examples
 * (training-content/FORMAT.md, "Near-duplicate scenarios").
 */
public final class SimilarScenarios {

	/**
	 * Two scenarios this alike, as the mean of their situations' and their options'
	 * similarity, set the same dilemma.
	 */
	public static final double DUPLICATE_THRESHOLD = 0.34;

	/** A scenario this alike to a section of its course's lessons retells it. */
	public static final double REPLAY_THRESHOLD = 0.45;

	/**
	 * A scenario that names a person a lesson section names ("Mr Hassan") retells it from
	 * this similarity on.
	 */
	public static final double NAMED_REPLAY_THRESHOLD = 0.25;

	private SimilarScenarios() {
	}

	/**
	 * Every pair of scenarios, within a bank and across banks, at or above
	 * {@link #DUPLICATE_THRESHOLD}, most alike first.
	 */
	public static List<NearDuplicate> nearDuplicates(List<CourseContent> courses) {
		List<Compared> all = new ArrayList<>();
		for (CourseContent course : courses) {
			for (ScenarioContent scenario : course.scenarios()) {
				all.add(new Compared(course.id(), scenario));
			}
		}
		List<NearDuplicate> found = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				addIfAlike(found, all.get(i), all.get(j));
			}
		}
		found.sort(Comparator.comparingDouble(NearDuplicate::similarity).reversed());
		return found;
	}

	/**
	 * The pairs that involve one course's scenarios: within its bank, and between its
	 * bank and the other courses' banks (pairs among the others are left out), most alike
	 * first. The studio checks a draft this way against the published courses.
	 */
	public static List<NearDuplicate> nearDuplicatesOf(CourseContent course, List<CourseContent> others) {
		List<Compared> mine = course.scenarios()
			.stream()
			.map((scenario) -> new Compared(course.id(), scenario))
			.toList();
		List<Compared> theirs = others.stream()
			.filter((other) -> !other.id().equals(course.id()))
			.flatMap((other) -> other.scenarios().stream().map((scenario) -> new Compared(other.id(), scenario)))
			.toList();
		List<NearDuplicate> found = new ArrayList<>();
		for (int i = 0; i < mine.size(); i++) {
			for (int j = i + 1; j < mine.size(); j++) {
				addIfAlike(found, mine.get(i), mine.get(j));
			}
			for (Compared other : theirs) {
				addIfAlike(found, mine.get(i), other);
			}
		}
		found.sort(Comparator.comparingDouble(NearDuplicate::similarity).reversed());
		return found;
	}

	private static void addIfAlike(List<NearDuplicate> found, Compared one, Compared other) {
		double similarity = one.similarity(other);
		if (similarity >= DUPLICATE_THRESHOLD) {
			found.add(new NearDuplicate(one.course(), one.scenario().id(), other.course(), other.scenario().id(),
					similarity));
		}
	}

	/**
	 * How alike two scenarios are: the mean of their situations' and options' similarity.
	 */
	public static double similarity(ScenarioContent one, ScenarioContent other) {
		return new Compared("", one).similarity(new Compared("", other));
	}

	/**
	 * Each scenario that retells a section of one of its own course's lessons, with the
	 * section it is most alike to, most alike first.
	 */
	public static List<LessonReplay> lessonReplays(List<CourseContent> courses) {
		List<LessonReplay> found = new ArrayList<>();
		for (CourseContent course : courses) {
			List<LessonSection> sections = course.lessons()
				.stream()
				.flatMap((lesson) -> LessonSection.of(lesson).stream())
				.toList();
			for (ScenarioContent scenario : course.scenarios()) {
				closestSection(course.id(), scenario, sections).filter(LessonReplay::retells).ifPresent(found::add);
			}
		}
		found.sort(Comparator.comparingDouble(LessonReplay::similarity).reversed());
		return found;
	}

	private static Optional<LessonReplay> closestSection(String course, ScenarioContent scenario,
			List<LessonSection> sections) {
		String told = scenario.title() + "\n" + scenario.situation() + "\n" + optionTexts(scenario);
		Map<CharSequence, Integer> words = TextSimilarity.counts(told);
		Set<String> names = TextSimilarity.titledNames(scenario.situation());
		return sections.stream().map((section) -> {
			List<String> shared = names.stream().filter(section.names()::contains).toList();
			return new LessonReplay(course, scenario.id(), section.lesson(), section.line(),
					TextSimilarity.similarity(words, section.words()), shared);
		}).max(Comparator.comparing(LessonReplay::retells).thenComparingDouble(LessonReplay::similarity));
	}

	private static String optionTexts(ScenarioContent scenario) {
		return scenario.options().stream().map(OptionContent::text).collect(Collectors.joining("\n"));
	}

	/**
	 * Two scenarios that set the same dilemma.
	 *
	 * @param course the first scenario's course
	 * @param scenario the first scenario's id (earlier in content order)
	 * @param otherCourse the second scenario's course, the same as {@code course} within
	 * a bank
	 * @param otherScenario the second scenario's id
	 * @param similarity 0-1, at least {@link #DUPLICATE_THRESHOLD}
	 */
	public record NearDuplicate(String course, String scenario, String otherCourse, String otherScenario,
			double similarity) {

		/** Whether both scenarios are in the same bank. */
		public boolean sameBank() {
			return this.course.equals(this.otherCourse);
		}

	}

	/**
	 * A scenario that retells a section of one of its course's lessons.
	 *
	 * @param course the course
	 * @param scenario the scenario's id
	 * @param lesson the lesson's id (its file name without {@code .md})
	 * @param lessonLine the 1-based line of the lesson file where the section starts
	 * @param similarity 0-1
	 * @param sharedNames surnames of people that both name with a title ("Hassan")
	 */
	public record LessonReplay(String course, String scenario, String lesson, int lessonLine, double similarity,
			List<String> sharedNames) {

		public LessonReplay {
			sharedNames = List.copyOf(sharedNames);
		}

		/**
		 * The similarity from which it counts as a retelling: lower when a person recurs.
		 */
		public double threshold() {
			return this.sharedNames.isEmpty() ? REPLAY_THRESHOLD : NAMED_REPLAY_THRESHOLD;
		}

		/** Whether the scenario retells the section. */
		public boolean retells() {
			return this.similarity >= threshold();
		}

	}

	/** A scenario with its words counted once for all comparisons. */
	private record Compared(String course, ScenarioContent scenario, Map<CharSequence, Integer> situation,
			Map<CharSequence, Integer> options) {

		Compared(String course, ScenarioContent scenario) {
			this(course, scenario,
					TextSimilarity.counts(scenario.title() + "\n" + scenario.situation() + "\n" + scenario.prompt()),
					TextSimilarity.counts(optionTexts(scenario)));
		}

		double similarity(Compared other) {
			return (TextSimilarity.similarity(this.situation, other.situation)
					+ TextSimilarity.similarity(this.options, other.options)) / 2;
		}

	}

}
