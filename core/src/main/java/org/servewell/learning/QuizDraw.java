package org.servewell.learning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Draws the scenarios of a quiz attempt from a course version's bank: scenarios the
 * learner has not seen before come first, so a retake draws different ones where the bank
 * allows, and within that the draw is balanced across service traits (each pick favours
 * the scenario whose traits are least covered so far). The order is random.
 */
final class QuizDraw {

	private QuizDraw() {
	}

	/**
	 * A scenario of the bank as the draw sees it.
	 *
	 * @param id the scenario's database id
	 * @param traits the trait ids it exercises
	 */
	record Candidate(long id, Set<String> traits) {
	}

	/**
	 * Draws {@code count} scenario ids (all of the bank when it is smaller).
	 * @param bank the version's scenarios
	 * @param seen ids the learner met in earlier attempts
	 * @param count how many to draw
	 * @param random the source of chance
	 * @return the drawn ids in the order the learner will meet them
	 */
	static List<Long> draw(List<Candidate> bank, Collection<Long> seen, int count, Random random) {
		List<Candidate> fresh = new ArrayList<>();
		List<Candidate> again = new ArrayList<>();
		for (Candidate candidate : bank) {
			(seen.contains(candidate.id()) ? again : fresh).add(candidate);
		}
		Collections.shuffle(fresh, random);
		Collections.shuffle(again, random);
		Map<String, Integer> coverage = new HashMap<>();
		List<Long> drawn = new ArrayList<>();
		pick(fresh, Math.min(count, fresh.size()), coverage, drawn);
		pick(again, Math.min(count - drawn.size(), again.size()), coverage, drawn);
		Collections.shuffle(drawn, random);
		return drawn;
	}

	private static void pick(List<Candidate> pool, int picks, Map<String, Integer> coverage, List<Long> drawn) {
		List<Candidate> remaining = new ArrayList<>(pool);
		for (int i = 0; i < picks; i++) {
			Candidate best = null;
			int bestLoad = Integer.MAX_VALUE;
			for (Candidate candidate : remaining) {
				int load = candidate.traits().stream().mapToInt((trait) -> coverage.getOrDefault(trait, 0)).sum();
				if (load < bestLoad) {
					best = candidate;
					bestLoad = load;
				}
			}
			remaining.remove(best);
			drawn.add(best.id());
			best.traits().forEach((trait) -> coverage.merge(trait, 1, Integer::sum));
		}
	}

	/**
	 * A random order of the given option ids, or the given order when shuffling is off.
	 */
	static List<Long> optionOrder(List<Long> optionIds, boolean shuffle, Random random) {
		List<Long> order = new ArrayList<>(optionIds);
		if (shuffle) {
			Collections.shuffle(order, random);
		}
		return order;
	}

}
