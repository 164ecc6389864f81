package org.servewell.authoring;

import java.time.Instant;
import java.util.List;

/**
 * A trainer's own keying of a draft, as they see it while keying: each option's text and
 * their rating, never anyone else's. The draft's feedback and ratings are left out, so
 * that the keying is blind to them too.
 *
 * @param courseCode the course whose draft is keyed
 * @param trainer the trainer's name
 * @param submitted whether they submitted it; only then do they see the panel
 * @param submittedAt when, or null
 * @param scenarios the draft's scenarios in order, with the trainer's ratings
 */
public record MyKeying(String courseCode, String trainer, boolean submitted, Instant submittedAt,
		List<Scenario> scenarios) {

	public MyKeying {
		scenarios = List.copyOf(scenarios);
	}

	/** How many options the trainer has still to rate before submitting. */
	public int unrated() {
		return (int) this.scenarios.stream()
			.flatMap((scenario) -> scenario.options().stream())
			.filter((option) -> option.rating() == 0)
			.count();
	}

	/**
	 * A scenario to key.
	 *
	 * @param key the scenario's id
	 * @param title short name
	 * @param situation Markdown
	 * @param prompt the question put to the learner
	 * @param options the responses with the trainer's ratings
	 */
	public record Scenario(String key, String title, String situation, String prompt, List<Option> options) {

		public Scenario {
			options = List.copyOf(options);
		}

	}

	/**
	 * An option to key.
	 *
	 * @param number the option's number from 1
	 * @param text what the person does
	 * @param rating the trainer's rating 1-4, or 0 when not yet rated
	 */
	public record Option(int number, String text, int rating) {
	}

}
