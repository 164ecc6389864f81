package org.servewell.authoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.authoring.domain.DraftKeying;
import org.servewell.authoring.domain.DraftScenario;
import org.servewell.content.OptionContent;
import org.servewell.shared.KrippendorffAlpha;

/**
 * Works out a draft's panel key: the draft's own ratings and each submitted keying, per
 * option the mean rounded to the scale and whether raters differ by
 * {@value KeyPanel#DISPUTED_SPREAD} or more, and Krippendorff's alpha over the bank.
 * Ratings of options no longer in the draft are left out.
 */
final class PanelKey {

	/** The draft's own ratings rate as this id; trainers rate as their person ids. */
	private static final long DRAFT_RATER_ID = 0;

	private PanelKey() {
	}

	static KeyPanel of(CourseDraft draft, List<DraftKeying> submitted) {
		List<String> raters = new ArrayList<>();
		raters.add(KeyPanel.DRAFT_RATER);
		submitted.forEach((keying) -> raters.add(keying.getTrainerName()));
		List<Map<Long, Integer>> units = new ArrayList<>();
		List<KeyPanel.Scenario> scenarios = new ArrayList<>();
		for (DraftScenario scenario : draft.getScenarios()) {
			DraftScenario.Content content = scenario.getContent();
			List<KeyPanel.Option> options = new ArrayList<>();
			for (int i = 0; i < content.options().size(); i++) {
				DraftScenario.Option option = content.options().get(i);
				int number = i + 1;
				Map<Long, Integer> byRater = new HashMap<>();
				List<KeyPanel.Rating> ratings = new ArrayList<>();
				if (onScale(option.rating())) {
					byRater.put(DRAFT_RATER_ID, option.rating());
					ratings.add(new KeyPanel.Rating(KeyPanel.DRAFT_RATER, option.rating()));
				}
				for (DraftKeying keying : submitted) {
					keying.ratingOf(content.key(), number).filter(PanelKey::onScale).ifPresent((rating) -> {
						byRater.put(keying.getTrainerId(), rating);
						ratings.add(new KeyPanel.Rating(keying.getTrainerName(), rating));
					});
				}
				units.add(byRater);
				options.add(option(number, option, ratings));
			}
			scenarios.add(new KeyPanel.Scenario(content.key(), content.title(), options, keyProblem(options)));
		}
		int compared = (int) units.stream().filter((ratings) -> ratings.size() >= 2).count();
		return new KeyPanel(draft.getCourseCode(), raters, scenarios, KrippendorffAlpha.interval(units), compared);
	}

	/** Whether every option the panel keyed has that key in the draft. */
	static boolean draftHasPanelKey(KeyPanel panel) {
		return panel.scenarios()
			.stream()
			.flatMap((scenario) -> scenario.options().stream())
			.allMatch((option) -> option.key() == 0 || option.key() == option.draftRating());
	}

	private static KeyPanel.Option option(int number, DraftScenario.Option option, List<KeyPanel.Rating> ratings) {
		if (ratings.isEmpty()) {
			return new KeyPanel.Option(number, option.text(), ratings, OptionalDouble.empty(), 0, option.rating(),
					false);
		}
		double mean = ratings.stream().mapToInt(KeyPanel.Rating::rating).average().orElseThrow();
		int lowest = ratings.stream().mapToInt(KeyPanel.Rating::rating).min().orElseThrow();
		int highest = ratings.stream().mapToInt(KeyPanel.Rating::rating).max().orElseThrow();
		return new KeyPanel.Option(number, option.text(), ratings, OptionalDouble.of(mean), rounded(mean),
				option.rating(), highest - lowest >= KeyPanel.DISPUTED_SPREAD);
	}

	/** The mean rounded to the nearest point of the scale, halves up (2.5 is 3). */
	static int rounded(double mean) {
		return (int) Math.clamp(Math.round(mean), OptionContent.WORST_RATING, OptionContent.BEST_RATING);
	}

	/**
	 * Why the panel's key cannot stand for the scenario: an option without a key, or not
	 * exactly one best option.
	 */
	private static Optional<String> keyProblem(List<KeyPanel.Option> options) {
		List<Integer> unkeyed = options.stream()
			.filter((option) -> option.key() == 0)
			.map(KeyPanel.Option::number)
			.toList();
		if (!unkeyed.isEmpty()) {
			return Optional.of("nobody has rated option" + ((unkeyed.size() > 1) ? "s " : " ") + numbers(unkeyed)
					+ ", so the panel has no key for " + ((unkeyed.size() > 1) ? "them" : "it"));
		}
		List<Integer> best = options.stream()
			.filter((option) -> option.key() == OptionContent.BEST_RATING)
			.map(KeyPanel.Option::number)
			.toList();
		if (best.isEmpty()) {
			return Optional.of("no option's mean rounds to " + OptionContent.BEST_RATING
					+ ", and a scenario needs one best option; decide in the editor which it is");
		}
		if (best.size() > 1) {
			return Optional.of("options " + numbers(best) + " all round to " + OptionContent.BEST_RATING
					+ ", and a scenario has one best option; decide in the editor which it is");
		}
		return Optional.empty();
	}

	private static String numbers(List<Integer> numbers) {
		return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	private static boolean onScale(int rating) {
		return rating >= OptionContent.WORST_RATING && rating <= OptionContent.BEST_RATING;
	}

}
