package org.servewell.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The training content Servewell ships: enough of it, covering every essay, and refused
 * clearly when broken.
 */
class BundledContentTest {

	private static final Path BUNDLED = Path.of("src/main/resources/servewell-content");

	private final ContentBundle bundle = ContentReader.read(ContentSource.bundled());

	@Test
	void five_courses_with_three_to_six_lessons_and_at_least_twenty_four_scenarios_each() {
		assertThat(this.bundle.courses()).hasSizeGreaterThanOrEqualTo(5).allSatisfy((course) -> {
			assertThat(course.lessons()).as(course.id()).hasSizeBetween(3, 6);
			assertThat(course.scenarios()).as(course.id()).hasSizeGreaterThanOrEqualTo(24);
		});
		assertThat(this.bundle.courses().stream().mapToInt((course) -> course.scenarios().size()).sum())
			.isGreaterThanOrEqualTo(120);
	}

	@Test
	void every_bundled_translation_translates_every_lesson_and_scenario() {
		for (CourseContent course : this.bundle.courses()) {
			for (CourseTranslation translation : course.translations()) {
				assertThat(translation.isComplete(course)).as("%s in %s", course.id(), translation.language()).isTrue();
			}
		}
		assertThat(this.bundle.courses()).anyMatch((course) -> course.translation("de").isPresent());
	}

	@Test
	void essays_are_cited_by_their_own_title_author_and_date_where_they_give_them() {
		assertThat(this.bundle.essays()).extracting(EssayContent::citation)
			.containsExactly(
					"“Seeking Passionately Committed Constituents? Know This About Service”, Management Associates",
					"“Service Commitment”",
					"“Is your customer service brilliant or really disgusting?”, Roy Osing, 16 August 2019",
					"What customers expect, at the very least (an untitled essay)",
					"“Excellent Customer Service?”, 3 December 2008");
	}

	@Test
	void every_essay_is_covered_and_every_course_cites_one() {
		Set<String> seeds = Set.of("000_37c8580c060f5886.txt", "001_0ebc052c1c0ea67b.txt", "002_81180029ae7559d1.txt",
				"003_d45f4263a83dfabc.txt", "004_8b9853de951a88fd.txt");
		Set<String> cited = this.bundle.courses()
			.stream()
			.flatMap((course) -> course.scenarios().stream())
			.map((scenario) -> scenario.source().essay())
			.collect(Collectors.toSet());

		assertThat(this.bundle.essays()).extracting(EssayContent::essay).containsExactlyInAnyOrderElementsOf(seeds);
		assertThat(cited).containsExactlyInAnyOrderElementsOf(seeds);
	}

	@Test
	void trait_model_kits_and_paths_for_front_line_hires_and_team_leads() {
		assertThat(this.bundle.traits()).hasSizeBetween(8, 12)
			.allSatisfy((trait) -> assertThat(trait.anchors()).as(trait.id()).hasSize(5));
		assertThat(this.bundle.interviewKits()).extracting(InterviewKitContent::id)
			.contains("front-line-service", "team-lead");
		assertThat(this.bundle.paths()).extracting(PathContent::id)
			.contains("front-line-onboarding", "team-lead-onboarding");
	}

	@Test
	void service_first_time_every_time_is_renewed_every_year_and_the_others_never_expire() {
		assertThat(this.bundle.courses()).allSatisfy((course) -> assertThat(course.renewAfterMonths())
			.isEqualTo(course.id().equals("first-time-every-time") ? 12 : 0));
	}

	@Test
	void renewal_period_outside_one_to_a_hundred_and_twenty_months_is_refused_with_its_line(@TempDir Path copy)
			throws IOException {
		copyBundled(copy);
		Path manifest = copy.resolve("courses/first-time-every-time/course.yaml");
		Files.writeString(manifest, Files.readString(manifest).replace("renewAfterMonths: 12", "renewAfterMonths: 0"));

		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> ContentReader.read(ContentSource.directory(copy)))
			.satisfies((ex) -> assertThat(ex.problems()).map(ContentProblem::toString)
				.containsExactly("courses/first-time-every-time/course.yaml:8: 'renewAfterMonths' is 0; it must be "
						+ "between 1 and 120"));
	}

	@Test
	void best_answer_is_not_usually_the_longest() {
		List<ScenarioContent> scenarios = this.bundle.courses()
			.stream()
			.flatMap((course) -> course.scenarios().stream())
			.toList();
		long bestIsLongest = scenarios.stream().filter(BundledContentTest::bestIsLongest).count();

		assertThat(bestIsLongest).as("scenarios whose best option is also the longest")
			.isLessThan(scenarios.size() / 2);
	}

	@Test
	void broken_copy_of_the_bundled_content_is_refused_with_every_problem_by_file_and_line(@TempDir Path copy)
			throws IOException {
		copyBundled(copy);
		Path course = copy.resolve("courses/first-time-every-time");
		Files.delete(course.resolve("02-satisfied-is-not-loyal.md"));
		Path bank = course.resolve("scenarios.yaml");
		Files.writeString(bank, Files.readString(bank).replaceFirst("rating: [123]\\b", "rating: 4"));

		assertThatExceptionOfType(ContentException.class)
			.isThrownBy(() -> ContentReader.read(ContentSource.directory(copy)))
			.satisfies((ex) -> assertThat(ex.problems()).map(ContentProblem::toString)
				.anySatisfy((problem) -> assertThat(problem)
					.matches("courses/first-time-every-time/course.yaml:\\d+: .*02-satisfied-is-not-loyal.md.*"))
				.anySatisfy((problem) -> assertThat(problem)
					.matches("courses/first-time-every-time/scenarios.yaml:\\d+: .*rated 4.*")));
	}

	private static boolean bestIsLongest(ScenarioContent scenario) {
		OptionContent longest = scenario.options()
			.stream()
			.max(Comparator.comparingInt((option) -> option.text().length()))
			.orElseThrow();
		return longest.rating() == OptionContent.BEST_RATING;
	}

	private static void copyBundled(Path target) throws IOException {
		try (Stream<Path> files = Files.walk(BUNDLED)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path destination = target.resolve(BUNDLED.relativize(file).toString());
				Files.createDirectories(destination.getParent());
				Files.copy(file, destination);
			}
		}
	}

}
