package org.servewell.authoring;

import java.util.ArrayList;
import java.util.List;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.authoring.domain.DraftKeying;
import org.servewell.authoring.domain.DraftScenario;
import org.servewell.content.OptionContent;
import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expert keying of a draft's options: two or more trainers rate every option on their
 * own, blind to each other's ratings until they submit, as interviewers fill in
 * scorecards. Once a trainer submits, they see the panel: every rating, the mean rounded
 * to the scale, the options raters differ on by two or more, and the agreement over the
 * bank. An author can then apply the panel's key to the draft. A course can still be
 * published on a single author's key; who keyed each version is kept with it.
 */
@Service
public class KeyingService {

	private static final int MAX_DETAIL_LENGTH = 1900;

	private final Drafts drafts;

	private final Keyings keyings;

	private final CourseHistory history;

	KeyingService(Drafts drafts, Keyings keyings, CourseHistory history) {
		this.drafts = drafts;
		this.keyings = keyings;
		this.history = history;
	}

	/**
	 * The signed-in trainer's keying of the course's draft, started when they have none:
	 * their own ratings only.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public MyKeying startKeying(String courseCode) {
		CourseDraft draft = this.drafts.of(courseCode);
		return Keyings.view(draft, this.keyings.startMine(draft));
	}

	/**
	 * Who is keying the course's draft and where the signed-in trainer stands, without
	 * anyone's ratings: any trainer may see it, so that the studio can say when the
	 * course would be published on a single author's key.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public KeyingStatus status(String courseCode) {
		return this.keyings.status(this.drafts.of(courseCode));
	}

	/** Saves the trainer's rating (1-4) of an option (numbered from 1) of a scenario. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public MyKeying rate(String courseCode, String scenarioKey, int optionNumber, int rating) {
		CourseDraft draft = this.drafts.of(courseCode);
		DraftKeying keying = this.keyings.mineStarted(draft);
		if (keying.isSubmitted()) {
			throw new AuthoringRefusedException(new Said("authoring.keying-submitted"));
		}
		if (rating < OptionContent.WORST_RATING || rating > OptionContent.BEST_RATING) {
			throw new AuthoringRefusedException(new Said("authoring.rating-out-of-range", OptionContent.WORST_RATING,
					OptionContent.BEST_RATING, rating));
		}
		DraftScenario.Content scenario = draft.getScenarios()
			.stream()
			.map(DraftScenario::getContent)
			.filter((content) -> content.key().equals(scenarioKey))
			.findFirst()
			.orElseThrow(() -> new StaleDraftException(new Said("authoring.scenario-key-gone", scenarioKey)));
		if (optionNumber < 1 || optionNumber > scenario.options().size()) {
			throw new StaleDraftException(
					new Said("authoring.option-gone", scenarioKey, scenario.options().size(), optionNumber));
		}
		keying.rate(scenarioKey, optionNumber, rating);
		return Keyings.view(draft, keying);
	}

	/**
	 * Submits the trainer's keying once every option is rated, and shows them the panel.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public KeyPanel submit(String courseCode) {
		CourseDraft draft = this.drafts.of(courseCode);
		DraftKeying keying = this.keyings.mineStarted(draft);
		if (!keying.isSubmitted()) {
			MyKeying mine = Keyings.view(draft, keying);
			List<String> unrated = new ArrayList<>();
			for (MyKeying.Scenario scenario : mine.scenarios()) {
				scenario.options()
					.stream()
					.filter((option) -> option.rating() == 0)
					.forEach((option) -> unrated
						.add("Scenario '" + scenario.title() + "', option " + option.number() + " has no rating yet."));
			}
			if (!unrated.isEmpty()) {
				throw new AuthoringRefusedException(new Said("authoring.unrated", unrated.size()), unrated);
			}
			keying.submit(this.drafts.now());
			this.history.record(courseCode, "KEYING_SUBMITTED", "Submitted a keying of the draft's options.");
		}
		return this.keyings.panel(draft);
	}

	/**
	 * The panel's key of the draft, for a trainer who submitted their own keying; refused
	 * to anyone who has not, so that each trainer keys blind.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public KeyPanel panel(String courseCode) {
		return this.keyings.panel(this.drafts.of(courseCode));
	}

	/**
	 * Sets the draft's option ratings to the panel's rounded means, scenario by scenario.
	 * A scenario where the means give no single best option (or an option nobody rated)
	 * is left as it was, with the reason. Only a trainer who submitted a keying may apply
	 * it, and only once another trainer has submitted one too.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public KeyApplied applyPanelKey(String courseCode) {
		CourseDraft draft = this.drafts.of(courseCode);
		KeyPanel panel = this.keyings.panel(draft);
		List<DraftScenario> stored = draft.getScenarios();
		List<String> changed = new ArrayList<>();
		List<KeyApplied.LeftAlone> leftAlone = new ArrayList<>();
		for (int i = 0; i < stored.size(); i++) {
			KeyPanel.Scenario keyed = panel.scenarios().get(i);
			if (keyed.keyProblem().isPresent()) {
				leftAlone.add(new KeyApplied.LeftAlone(keyed.key(), keyed.title(), keyed.keyProblem().get()));
			}
			else if (!keyed.options().stream().allMatch((option) -> option.key() == option.draftRating())) {
				stored.get(i).write(withKey(stored.get(i).getContent(), keyed), this.drafts.me(), this.drafts.now());
				changed.add(keyed.key());
			}
		}
		String detail = "Applied the panel's key (" + panel.raters().size() + " raters) to " + changed.size()
				+ " scenario(s)" + (changed.isEmpty() ? "" : ": " + String.join(", ", changed)) + "; left "
				+ leftAlone.size() + " as they were"
				+ (leftAlone.isEmpty() ? ""
						: ": " + String.join(", ", leftAlone.stream().map(KeyApplied.LeftAlone::scenarioKey).toList()))
				+ ".";
		this.history.record(courseCode, "PANEL_KEY_APPLIED",
				(detail.length() > MAX_DETAIL_LENGTH) ? detail.substring(0, MAX_DETAIL_LENGTH) + "…" : detail);
		return new KeyApplied(changed, leftAlone, this.drafts.flushedView(draft));
	}

	/**
	 * Who keyed each of the course's versions, for those published since keying was
	 * recorded, oldest first.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<VersionKey> versionKeys(String courseCode) {
		return this.keyings.versionKeys(courseCode);
	}

	private static DraftScenario.Content withKey(DraftScenario.Content content, KeyPanel.Scenario keyed) {
		List<DraftScenario.Option> options = new ArrayList<>();
		for (int i = 0; i < content.options().size(); i++) {
			DraftScenario.Option option = content.options().get(i);
			options.add(new DraftScenario.Option(option.text(), keyed.options().get(i).key(), option.feedback()));
		}
		return new DraftScenario.Content(content.key(), content.title(), content.situation(), content.prompt(),
				content.traits(), content.sourceEssay(), content.sourcePoint(), options);
	}

}
