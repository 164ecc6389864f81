package org.servewell.hiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.servewell.content.RatingScale;
import org.servewell.hiring.domain.Interview;
import org.servewell.hiring.domain.KitTrait;
import org.servewell.hiring.domain.TraitRating;

/**
 * A scorecard form checked against its interview's kit: the ratings in the kit's order of
 * traits and the overall note, stripped, ready to write.
 *
 * @param ratings one per trait of the kit, unrated ones empty
 * @param note the overall note, or {@code null}
 */
record CheckedScorecard(List<TraitRating> ratings, String note) {

	/**
	 * Checks a form against the interview's kit, refusing it with every problem found:
	 * ratings on the scale, notes not too long, and, when {@code complete}, every trait
	 * rated and a recommendation chosen.
	 */
	static CheckedScorecard check(Interview interview, ScorecardForm form, boolean complete, String refusal,
			List<String> otherProblems, Map<String, String> names) {
		List<String> problems = new ArrayList<>();
		List<TraitRating> ratings = ratings(interview, form, complete, problems, names);
		String note = note(form.overallNote(), problems);
		if (complete && form.recommendation() == null) {
			problems.add("Choose an overall recommendation.");
		}
		problems.addAll(otherProblems);
		if (!problems.isEmpty()) {
			throw new HiringRefusedException(refusal, problems);
		}
		return new CheckedScorecard(ratings, note);
	}

	private static List<TraitRating> ratings(Interview interview, ScorecardForm form, boolean complete,
			List<String> problems, Map<String, String> names) {
		Map<String, ScorecardForm.Entry> entries = new HashMap<>();
		Set<String> kitTraits = interview.getKitVersion()
			.getTraits()
			.stream()
			.map(KitTrait::getTraitCode)
			.collect(Collectors.toSet());
		for (ScorecardForm.Entry entry : form.entries()) {
			if (!kitTraits.contains(entry.traitCode())) {
				problems.add("The kit does not rate \"" + entry.traitCode() + "\".");
			}
			else {
				entries.put(entry.traitCode(), entry);
			}
		}
		List<TraitRating> ratings = new ArrayList<>();
		for (KitTrait trait : interview.getKitVersion().getTraits()) {
			ScorecardForm.Entry entry = entries.get(trait.getTraitCode());
			Integer rating = (entry != null) ? entry.rating() : null;
			String name = names.getOrDefault(trait.getTraitCode(), trait.getTraitCode());
			String evidence = (entry != null && entry.evidence() != null && !entry.evidence().isBlank())
					? entry.evidence().strip() : null;
			if (rating != null && !RatingScale.contains(rating)) {
				problems.add("Rate " + name + " from " + RatingScale.range() + ".");
			}
			else if (rating == null && complete) {
				problems.add("Rate " + name + ".");
			}
			if (evidence != null && evidence.length() > ScorecardForm.MAX_NOTE_LENGTH) {
				problems.add("The evidence for " + name + " has more than " + ScorecardForm.MAX_NOTE_LENGTH
						+ " characters.");
			}
			ratings.add(new TraitRating(trait.getTraitCode(), rating, evidence));
		}
		return ratings;
	}

	private static String note(String text, List<String> problems) {
		String note = (text != null && !text.isBlank()) ? text.strip() : null;
		if (note != null && note.length() > ScorecardForm.MAX_NOTE_LENGTH) {
			problems.add("The overall note has more than " + ScorecardForm.MAX_NOTE_LENGTH + " characters.");
		}
		return note;
	}

}
