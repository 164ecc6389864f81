package org.servewell.authoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.authoring.domain.CourseVersionKey;
import org.servewell.authoring.domain.CourseVersionKeyRepository;
import org.servewell.authoring.domain.DraftKeying;
import org.servewell.authoring.domain.DraftKeyingRepository;
import org.servewell.authoring.domain.DraftScenario;
import org.servewell.people.PeopleService;
import org.servewell.people.SignedInPerson;
import org.servewell.shared.Said;

import org.springframework.stereotype.Component;

/**
 * The keyings the studio's services share: the signed-in trainer's own, the submitted
 * ones, the blindness rule (the panel only for a trainer who submitted), and who keyed a
 * published version. Callers hold the transaction and check roles.
 */
@Component
class Keyings {

	private final DraftKeyingRepository keyings;

	private final CourseVersionKeyRepository versionKeys;

	private final PeopleService people;

	private final Clock clock;

	Keyings(DraftKeyingRepository keyings, CourseVersionKeyRepository versionKeys, PeopleService people, Clock clock) {
		this.keyings = keyings;
		this.versionKeys = versionKeys;
		this.people = people;
		this.clock = clock;
	}

	/** The signed-in trainer's keying of the draft, if they started one. */
	Optional<DraftKeying> mine(CourseDraft draft) {
		return this.keyings.findByDraftIdAndTrainerId(draft.getId(), me().id());
	}

	/**
	 * Whether the signed-in trainer is keying the draft and has not submitted yet: until
	 * they do, the studio keeps the draft's ratings, feedback and figures that follow
	 * from them out of their sight, so that they key it blind.
	 */
	boolean keyingBlind(CourseDraft draft) {
		return this.people.currentPerson()
			.flatMap((me) -> this.keyings.findByDraftIdAndTrainerId(draft.getId(), me.id()))
			.map((keying) -> !keying.isSubmitted())
			.orElse(false);
	}

	/**
	 * A refusal for a trainer keying the draft blind, when what they ask would show them
	 * its ratings.
	 */
	void refuseWhileKeyingBlind(CourseDraft draft, Said what) {
		if (keyingBlind(draft)) {
			throw new AuthoringRefusedException(new Said("authoring.keying-blind", what));
		}
	}

	/** The signed-in trainer's keying of the draft, started when they have none. */
	DraftKeying startMine(CourseDraft draft) {
		SignedInPerson me = me();
		return mine(draft).orElseGet(() -> this.keyings
			.save(new DraftKeying(draft.getId(), me.id(), me.displayName(), this.clock.instant())));
	}

	/** The signed-in trainer's keying, or a refusal saying they have not started one. */
	DraftKeying mineStarted(CourseDraft draft) {
		return mine(draft).orElseThrow(() -> new AuthoringRefusedException(new Said("authoring.keying-not-started")));
	}

	/**
	 * The panel's key, for a trainer who submitted their own keying; refused to anyone
	 * else, so that nobody keys knowing the others' ratings.
	 */
	KeyPanel panel(CourseDraft draft) {
		boolean submitted = mine(draft).map(DraftKeying::isSubmitted).orElse(false);
		if (!submitted) {
			throw new AuthoringRefusedException(new Said("authoring.panel-ratings-hidden"));
		}
		return PanelKey.of(draft, submitted(draft));
	}

	/**
	 * Who is keying the draft and where the signed-in trainer stands, without ratings.
	 */
	KeyingStatus status(CourseDraft draft) {
		List<DraftKeying> all = this.keyings.findByDraftIdOrderByTrainerName(draft.getId());
		KeyingStatus.Mine mine = mine(draft)
			.map((keying) -> keying.isSubmitted() ? KeyingStatus.Mine.SUBMITTED : KeyingStatus.Mine.IN_PROGRESS)
			.orElse(KeyingStatus.Mine.NOT_STARTED);
		return new KeyingStatus(draft.getCourseCode(),
				all.stream().filter(DraftKeying::isSubmitted).map(DraftKeying::getTrainerName).toList(),
				all.stream().filter((keying) -> !keying.isSubmitted()).map(DraftKeying::getTrainerName).toList(), mine);
	}

	/** The keyings trainers submitted, by trainer name. */
	List<DraftKeying> submitted(CourseDraft draft) {
		return this.keyings.findByDraftIdOrderByTrainerName(draft.getId())
			.stream()
			.filter(DraftKeying::isSubmitted)
			.toList();
	}

	/** The trainer's keying as they see it: their own ratings of the draft's options. */
	static MyKeying view(CourseDraft draft, DraftKeying keying) {
		List<MyKeying.Scenario> scenarios = new ArrayList<>();
		for (DraftScenario scenario : draft.getScenarios()) {
			DraftScenario.Content content = scenario.getContent();
			List<MyKeying.Option> options = new ArrayList<>();
			for (int i = 0; i < content.options().size(); i++) {
				int number = i + 1;
				options.add(new MyKeying.Option(number, content.options().get(i).text(),
						keying.ratingOf(content.key(), number).orElse(0)));
			}
			scenarios.add(new MyKeying.Scenario(content.key(), content.title(), content.situation(), content.prompt(),
					options));
		}
		return new MyKeying(draft.getCourseCode(), keying.getTrainerName(), keying.isSubmitted(),
				keying.getSubmittedAt(), scenarios);
	}

	/**
	 * Keeps who keyed the draft with the version it is published as: the trainers who
	 * submitted a keying, or nobody for a single author's key.
	 */
	VersionKey recordVersionKey(CourseDraft draft, int versionNumber) {
		List<DraftKeying> submitted = submitted(draft);
		List<String> keyers = submitted.stream().map(DraftKeying::getTrainerName).toList();
		boolean matches = !submitted.isEmpty() && PanelKey.draftHasPanelKey(PanelKey.of(draft, submitted));
		CourseVersionKey key = this.versionKeys
			.save(new CourseVersionKey(draft.getCourseCode(), versionNumber, keyers, matches, this.clock.instant()));
		return versionKey(key);
	}

	/** Who keyed each of the course's versions published since keying was recorded. */
	List<VersionKey> versionKeys(String courseCode) {
		return this.versionKeys.findByCourseCodeOrderByVersionNumber(courseCode)
			.stream()
			.map(Keyings::versionKey)
			.toList();
	}

	/** Forgets the draft's keyings, before the draft itself goes. */
	void forget(CourseDraft draft) {
		this.keyings.deleteAll(this.keyings.findByDraftIdOrderByTrainerName(draft.getId()));
		this.keyings.flush();
	}

	private static VersionKey versionKey(CourseVersionKey key) {
		return new VersionKey(key.getVersionNumber(), key.getKeyers(), key.isMatchesPanel());
	}

	private SignedInPerson me() {
		return this.people.currentPerson()
			.orElseThrow(() -> new AuthoringRefusedException(new Said("authoring.sign-in-to-key")));
	}

}
