package org.servewell.hiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import org.servewell.hiring.domain.Interview;
import org.servewell.hiring.domain.InterviewKitVersion;
import org.servewell.hiring.domain.KitTrait;
import org.servewell.hiring.domain.Scorecard;
import org.servewell.hiring.domain.TraitRating;

/**
 * Lays a candidate's submitted scorecards side by side: per trait the ratings, their mean
 * and spread, and the weighted score against the kit's threshold. Only the standing
 * revision of each submitted scorecard counts; drafts never do.
 */
final class PanelPictures {

	private PanelPictures() {
	}

	static CandidatePicture picture(InterviewKitVersion kit, List<Interview> interviews, Map<String, String> traitNames,
			LongFunction<String> interviewerName) {
		List<Standing> standing = new ArrayList<>();
		for (Interview interview : interviews) {
			interview.standing()
				.ifPresent((scorecard) -> standing
					.add(new Standing(interviewerName.apply(interview.getInterviewerId()), scorecard)));
		}
		List<CandidatePicture.TraitPicture> traits = new ArrayList<>();
		double weighted = 0;
		int weights = 0;
		for (KitTrait trait : kit.getTraits()) {
			List<CandidatePicture.PanelRating> ratings = new ArrayList<>();
			for (Standing entry : standing) {
				Optional<TraitRating> rating = entry.scorecard().rating(trait.getTraitCode());
				if (rating.isPresent() && rating.get().getRating() != null) {
					ratings.add(new CandidatePicture.PanelRating(entry.interviewerName(), rating.get().getRating(),
							orEmpty(rating.get().getEvidence())));
				}
			}
			Double mean = ratings.isEmpty() ? null
					: ratings.stream().mapToInt(CandidatePicture.PanelRating::rating).average().orElseThrow();
			int spread = ratings.isEmpty() ? 0
					: ratings.stream().mapToInt(CandidatePicture.PanelRating::rating).max().orElseThrow()
							- ratings.stream().mapToInt(CandidatePicture.PanelRating::rating).min().orElseThrow();
			if (mean != null) {
				weighted += mean * trait.getWeight();
				weights += trait.getWeight();
			}
			traits.add(new CandidatePicture.TraitPicture(trait.getTraitCode(),
					traitNames.getOrDefault(trait.getTraitCode(), trait.getTraitCode()), trait.getWeight(), ratings,
					mean, spread));
		}
		List<CandidatePicture.PanelRecommendation> recommendations = standing.stream()
			.filter((entry) -> entry.scorecard().getRecommendation() != null)
			.map((entry) -> new CandidatePicture.PanelRecommendation(entry.interviewerName(),
					entry.scorecard().getRecommendation(), orEmpty(entry.scorecard().getOverallNote())))
			.toList();
		return new CandidatePicture(kit.getTitle(), kit.getPassThreshold(), traits,
				(weights > 0) ? weighted / weights : null, recommendations, interviews.size());
	}

	private static String orEmpty(String text) {
		return (text != null) ? text : "";
	}

	private record Standing(String interviewerName, Scorecard scorecard) {

	}

}
