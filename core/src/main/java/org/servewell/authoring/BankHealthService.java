package org.servewell.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.authoring.domain.DraftScenario;
import org.servewell.content.OptionContent;
import org.servewell.content.QuizSettings;
import org.servewell.content.ScenarioContent;
import org.servewell.content.health.BankHealth;
import org.servewell.content.health.StrategyOutcome;
import org.servewell.people.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank health check on a draft, as a trainer edits it: the content format's check
 * ({@link BankHealth}) run on the draft's scenarios with the draft's quiz rules. A
 * scenario the trainer has not finished is left out and counted, not treated as an error:
 * the draft's checks already say what it lacks.
 */
@Service
public class BankHealthService {

	/** How many scenarios the studio names to rewrite first. */
	static final int FIX_FIRST = 5;

	private final Drafts drafts;

	private final PublishedBanks published;

	BankHealthService(Drafts drafts, PublishedBanks published) {
		this.drafts = drafts;
		this.published = published;
	}

	/**
	 * How far a learner answering by surface cues would get on the draft's bank, which
	 * scenarios to rewrite first, and the scenarios a learner would meet twice (the same
	 * dilemma as another scenario, or a lesson's example retold). Nothing of it for a
	 * trainer keying the draft blind: the figures follow from its ratings.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public BankHealthView bankHealth(String courseCode) {
		CourseDraft draft = this.drafts.of(courseCode);
		if (this.drafts.keyingBlind(draft)) {
			return BankHealthView.hiddenWhileKeying(draft.getDetails().quiz());
		}
		// The check names scenarios by content id; the draft part's own id stands in for
		// it, so that two scenarios sharing an id (a problem the draft shows) stay apart.
		Map<String, BankHealthView.Scenario> parts = new LinkedHashMap<>();
		List<ScenarioContent> bank = new ArrayList<>();
		for (DraftScenario part : draft.getScenarios()) {
			ScenarioContent scenario = part.getContent().asScenario();
			if (answerable(scenario)) {
				String id = String.valueOf(part.getId());
				bank.add(new ScenarioContent(id, scenario.title(), scenario.situation(), scenario.prompt(),
						scenario.traits(), scenario.source(), scenario.options()));
				parts.put(id, new BankHealthView.Scenario(part.getId(), scenario.id(), scenario.title()));
			}
		}
		QuizSettings quiz = draft.getDetails().quiz();
		List<BankHealthView.Strategy> strategies = BankHealth.check(bank, simulated(quiz))
			.stream()
			.map((outcome) -> strategy(outcome, parts))
			.toList();
		BankHealthView.Verdict verdict = bank.isEmpty() ? BankHealthView.Verdict.NOTHING_TO_CHECK
				: strategies.stream().anyMatch(BankHealthView.Strategy::risky) ? BankHealthView.Verdict.TOO_EASY
						: BankHealthView.Verdict.MEASURES_JUDGEMENT;
		Repeats repeats = Repeats.of(draft, this.published.otherThan(courseCode));
		return new BankHealthView(verdict, quiz, bank.size(), draft.getScenarios().size() - bank.size(), strategies,
				fixFirst(strategies), repeats.sameDilemmas(), repeats.retoldLessons());
	}

	/**
	 * Whether a learner could answer the scenario as it stands: enough options, each
	 * rated, one of them best.
	 */
	static boolean answerable(ScenarioContent scenario) {
		List<OptionContent> options = scenario.options();
		return options.size() >= BankHealthView.MIN_OPTIONS
				&& options.stream()
					.allMatch((option) -> option.rating() >= OptionContent.WORST_RATING
							&& option.rating() <= OptionContent.BEST_RATING)
				&& options.stream().anyMatch((option) -> option.rating() == OptionContent.BEST_RATING);
	}

	/**
	 * The draft's rules, with an attempt drawing one scenario at least: a draft may hold
	 * settings the format refuses (the draft's checks say so), and an attempt of none
	 * cannot be simulated.
	 */
	private static QuizSettings simulated(QuizSettings quiz) {
		return new QuizSettings(Math.max(QuizSettings.MIN_SCENARIOS_PER_ATTEMPT, quiz.scenariosPerAttempt()),
				quiz.passMark(), Math.max(QuizSettings.MIN_ATTEMPTS_ALLOWED, quiz.attemptsAllowed()),
				quiz.shuffleOptions());
	}

	private static BankHealthView.Strategy strategy(StrategyOutcome outcome,
			Map<String, BankHealthView.Scenario> parts) {
		return new BankHealthView.Strategy(outcome.strategy().id(), outcome.strategy().behaviour(),
				outcome.meanCreditPercent(), outcome.passOneAttempt(), outcome.passWithinAttempts(), outcome.risky(),
				outcome.feeders().stream().map(parts::get).toList());
	}

	/**
	 * The scenarios feeding the most risky strategies, and among those the ones feeding
	 * the most successful strategy soonest.
	 */
	private static List<BankHealthView.Scenario> fixFirst(List<BankHealthView.Strategy> strategies) {
		Map<BankHealthView.Scenario, Integer> fed = new LinkedHashMap<>();
		strategies.stream()
			.filter(BankHealthView.Strategy::risky)
			.sorted(Comparator.comparingDouble(BankHealthView.Strategy::passOneAttempt).reversed())
			.forEach((strategy) -> strategy.feeders().forEach((scenario) -> fed.merge(scenario, 1, Integer::sum)));
		return fed.entrySet()
			.stream()
			.sorted(Map.Entry.<BankHealthView.Scenario, Integer>comparingByValue().reversed())
			.limit(FIX_FIRST)
			.map(Map.Entry::getKey)
			.toList();
	}

}
