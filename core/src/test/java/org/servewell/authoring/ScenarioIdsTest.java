package org.servewell.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.servewell.content.ContentLimits;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioIdsTest {

	@Test
	void thousand_scenarios_with_the_same_long_title_get_distinct_ids_within_the_length_limit() {
		ScenarioIds ids = new ScenarioIds("front-desk-basics", Set.of());
		String title = "A guest waiting at the front desk for a long time asks when somebody will finally help";
		List<String> made = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			made.add(ids.next(title));
		}

		assertThat(made).doesNotHaveDuplicates()
			.allSatisfy((id) -> assertThat(id).hasSizeLessThanOrEqualTo(ContentLimits.MAX_ID_LENGTH)
				.startsWith("front-desk-basics-a-guest-waiting"));
		assertThat(made.get(1)).endsWith("-2");
		assertThat(made.get(999)).endsWith("-1000");
	}

	@Test
	void id_taken_by_another_course_is_skipped() {
		ScenarioIds ids = new ScenarioIds("basics", Set.of("basics-queue", "basics-queue-2"));

		assertThat(ids.next("Queue")).isEqualTo("basics-queue-3");
		assertThat(ids.next("Queue")).isEqualTo("basics-queue-4");
	}

}
