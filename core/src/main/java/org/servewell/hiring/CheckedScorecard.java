package org.servewell.hiring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.servewell.hiring.domain.Interview;
import org.servewell.hiring.domain.KitTrait;
import org.servewell.hiring.domain.TraitRating;
import org.servewell.shared.Said;

/**
 * A scorecard form checked against its interview's kit: the ratings in the kit's order of
 * traits and the overall note, stripped, ready to write. The rules of each field alone
 * (ratings on the scale, notes not too long) are the form's annotations, checked before
 * the service runs; these are the rules that need the kit.
 *
 * @param ratings one per trait of the kit, unrated ones empty
 * @param note the overall note, or {@code null}
 */
record CheckedScorecard(List<TraitRating> ratings, String note) {

	/**
	 * Checks a form against the interview's kit, refusing it with every problem found:
	 * only traits of the kit rated and, when {@code complete}, every trait rated and a
	 * recommendation chosen.
	 */
	static CheckedScorecard check(Interview interview, ScorecardForm form, boolean complete, Said refusal,
			List<String> otherProblems, Map<String, String> names) {
		List<String> problems = new ArrayList<>();
		List<TraitRating> ratings = ratings(interview, form, complete, problems, names);
		String note = stripped(form.overallNote());
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
			String evidence = (entry != null) ? stripped(entry.evidence()) : null;
			if (rating == null && complete) {
				problems.add("Rate " + name + ".");
			}
			ratings.add(new TraitRating(trait.getTraitCode(), rating, evidence));
		}
		return ratings;
	}

	private static String stripped(String text) {
		return (text != null && !text.isBlank()) ? text.strip() : null;
	}

}
