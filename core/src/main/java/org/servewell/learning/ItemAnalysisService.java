package org.servewell.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.AnswerStatistics.OptionCount;
import org.servewell.learning.domain.AnswerStatistics.ScenarioSums;
import org.servewell.learning.domain.AnswerStatistics;
import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Item analysis for trainers: how each scenario of a course version's quiz performed
 * across the submitted attempts at that version, so that weak scenarios can be rewritten.
 * <p>
 * The statistics, per scenario. An answer's <em>credit</em> is that of the quiz score:
 * (rating − 1) / 3 for the chosen option. <em>Answered</em> counts the submitted attempts
 * that drew the scenario and chose an option; attempts in progress never count.
 * <em>Facility</em> is the mean credit of those answers. <em>Discrimination</em> is the
 * corrected item-total correlation: the Pearson (point-biserial) correlation, over the
 * scenario's answers, between the answer's credit and the credit the same attempt earned
 * on its other scenarios, so that the item does not correlate with itself; it is null
 * with fewer than two answers or when either side does not vary. A scenario left
 * unanswered in a submitted attempt earns 0 towards that attempt's rest, as it does in
 * the score, but is not one of the scenario's answers. Each option's <em>picks</em> are
 * how many answers chose it and their share of the answers. The flags: too easy when
 * facility is above {@value ItemFlag#TOO_EASY_ABOVE}, too hard below
 * {@value ItemFlag#TOO_HARD_BELOW}, negative discrimination below
 * {@value ItemFlag#DISCRIMINATION_BELOW}, a distractor beating the best when an option
 * rated lower than the best was chosen more often, all from
 * {@value ItemFlag#MINIMUM_ANSWERED} answers on; an option never picked from
 * {@value ItemFlag#MINIMUM_ANSWERED_FOR_OPTIONS} answers on. Scenarios of the bank that
 * no submitted attempt answered are listed with 0 answers and no figures.
 * <p>
 * The database sums the answers (one row per scenario and per option comes back), so the
 * cost in memory does not grow with the number of attempts.
 */
@Service
public class ItemAnalysisService {

	private final CourseBank bank;

	private final AnswerStatistics statistics;

	ItemAnalysisService(CourseBank bank, AnswerStatistics statistics) {
		this.bank = bank;
		this.statistics = statistics;
	}

	/**
	 * How each scenario of a published course version performed in submitted attempts.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public VersionAnalysis analyse(String courseCode, int versionNumber) {
		BankVersion version = this.bank.version(courseCode, versionNumber)
			.orElseThrow(() -> new LearningNotFoundException(notFound(courseCode, versionNumber)));
		Map<Long, ScenarioSums> sums = this.statistics.scenarioSums(version.versionId())
			.stream()
			.collect(Collectors.toMap(ScenarioSums::scenarioId, Function.identity()));
		Map<Long, Long> picks = this.statistics.optionCounts(version.versionId())
			.stream()
			.collect(Collectors.toMap(OptionCount::optionId, OptionCount::picked));
		List<ItemAnalysis> items = new ArrayList<>();
		for (BankVersion.BankScenario scenario : version.scenarios()) {
			items.add(item(scenario, sums.get(scenario.id()), picks));
		}
		return new VersionAnalysis(version.courseCode(), version.versionNumber(),
				this.statistics.submittedAttempts(version.versionId()), items);
	}

	private static ItemAnalysis item(BankVersion.BankScenario scenario, ScenarioSums sums, Map<Long, Long> picks) {
		int answered = (sums != null) ? (int) sums.answered() : 0;
		List<OptionPicks> options = scenario.options().stream().map((option) -> {
			int picked = picks.getOrDefault(option.id(), 0L).intValue();
			return new OptionPicks(option.number(), option.rating(), picked,
					(answered > 0) ? picked / (double) answered : 0.0);
		}).toList();
		Double facility = (sums != null) ? ItemStatistics.facility(sums.answered(), sums.sumX()) : null;
		Double discrimination = (sums != null) ? ItemStatistics.correlation(sums.answered(), sums.sumX(), sums.sumY(),
				sums.sumXX(), sums.sumYY(), sums.sumXY()) : null;
		return new ItemAnalysis(scenario.key(), scenario.title(), answered, facility, discrimination, options,
				ItemFlag.raisedBy(answered, facility, discrimination, options));
	}

	private Said notFound(String courseCode, int versionNumber) {
		return this.bank.courseId(courseCode)
			.map((courseId) -> this.bank.newestVersion(courseId)
				.map((newest) -> new Said("learning.version-missing", courseCode, versionNumber,
						newest.versionNumber()))
				.orElse(new Said("learning.no-published-version", courseCode)))
			.orElse(new Said("learning.course-missing-check-id", courseCode));
	}

}
