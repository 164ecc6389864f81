package org.servewell.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;
import org.servewell.content.OptionContent;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.shared.Refusal;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Trainers keying a draft's options blind, seeing the panel once they submit, applying
 * its key, and publishing with who keyed it; on the embedded database and on a
 * MySQL-protocol server. Each test works on a course of its own.
 */
abstract class KeyingTests extends StudioTests {

	@Autowired
	KeyingService keying;

	@Autowired
	AuditTrail audit;

	@Autowired
	BankHealthService health;

	@Autowired
	GiftTransferService gift;

	@Autowired
	CourseTransferService transfer;

	@Test
	void two_trainers_key_blind_and_the_second_cannot_see_the_first_before_submitting() {
		String tess = person("Tess Trainer", Role.TRAINER);
		String kim = person("Kim Keyer", Role.TRAINER);
		String code = draftWith(tess, scenario("a", 4, 2, 1));
		SignedIn.run(tess, () -> {
			this.keying.startKeying(code);
			rate(code, "a", 4, 3, 1);
			this.keying.submit(code);
		}, Roles.TRAINER);

		KeyingStatus before = SignedIn.as(kim, () -> this.keying.status(code), Roles.TRAINER);
		MyKeying kims = SignedIn.as(kim, () -> this.keying.startKeying(code), Roles.TRAINER);

		assertThat(before.submitted()).containsExactly("Tess Trainer");
		assertThat(before.mine()).isEqualTo(KeyingStatus.Mine.NOT_STARTED);
		assertThat(before.singleAuthor()).isFalse();
		assertThat(SignedIn.as(kim, () -> this.keying.status(code), Roles.TRAINER).inProgress())
			.containsExactly("Kim Keyer");

		assertThat(kims.trainer()).isEqualTo("Kim Keyer");
		assertThat(kims.submitted()).isFalse();
		assertThat(kims.scenarios().get(0).options()).extracting(MyKeying.Option::rating).containsOnly(0);
		assertThat(kims.unrated()).isEqualTo(3);
		assertThatExceptionOfType(Refusal.NotAllowed.class)
			.isThrownBy(() -> SignedIn.as(kim, () -> this.keying.panel(code), Roles.TRAINER))
			.withMessageContaining("submitted their own keying");
		assertThatExceptionOfType(Refusal.NotAllowed.class)
			.isThrownBy(() -> SignedIn.as(kim, () -> this.keying.applyPanelKey(code), Roles.TRAINER));
		String outsider = person("Olga Outsider", Role.TRAINER);
		assertThatExceptionOfType(Refusal.NotAllowed.class)
			.isThrownBy(() -> SignedIn.as(outsider, () -> this.keying.panel(code), Roles.TRAINER));
		SignedIn.run(kim, () -> rate(code, "a", 3, 1), Roles.TRAINER);
		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(kim, () -> this.keying.submit(code), Roles.TRAINER))
			.satisfies((refused) -> assertThat(refused.problems())
				.containsExactly("Scenario 'A', option 3 has no rating yet."));
	}

	@Test
	void trainer_keying_sees_the_draft_without_ratings_and_cannot_edit_export_or_read_its_health_until_submitting() {
		String tess = person("Tess Trainer", Role.TRAINER);
		String kim = person("Kim Keyer", Role.TRAINER);
		String code = draftWith(tess, scenario("a", 4, 2, 1));
		SignedIn.run(kim, () -> this.keying.startKeying(code), Roles.TRAINER);

		DraftView kimSees = SignedIn.as(kim, () -> this.drafts.draft(code), Roles.TRAINER);
		DraftView tessSees = SignedIn.as(tess, () -> this.drafts.draft(code), Roles.TRAINER);

		assertThat(kimSees.ratingsHidden()).isTrue();
		assertThat(kimSees.scenarios().get(0).options()).extracting(OptionContent::rating, OptionContent::feedback)
			.containsOnly(tuple(0, ""));
		assertThat(tessSees.ratingsHidden()).isFalse();
		assertThat(tessSees.scenarios().get(0).options()).extracting(OptionContent::rating).containsExactly(4, 2, 1);
		DraftView.Scenario seen = kimSees.scenarios().get(0);
		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(kim, () -> this.drafts.saveScenario(code, seen), Roles.TRAINER))
			.withMessageContaining("Submit your key");
		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(kim, () -> this.gift.exportGift(code), Roles.TRAINER));
		assertThatExceptionOfType(AuthoringRefusedException.class)
			.isThrownBy(() -> SignedIn.as(kim, () -> this.transfer.exportCourse(code), Roles.TRAINER));
		BankHealthView health = SignedIn.as(kim, () -> this.health.bankHealth(code), Roles.TRAINER);
		assertThat(health.verdict()).isEqualTo(BankHealthView.Verdict.HIDDEN_WHILE_KEYING);
		assertThat(health.strategies()).isEmpty();
		assertThat(SignedIn.as(tess, () -> this.drafts.draft(code), Roles.TRAINER).scenarios().get(0).options())
			.extracting(OptionContent::rating)
			.containsExactly(4, 2, 1);

		SignedIn.run(kim, () -> {
			rate(code, "a", 4, 1, 1);
			this.keying.submit(code);
		}, Roles.TRAINER);

		DraftView afterSubmitting = SignedIn.as(kim, () -> this.drafts.draft(code), Roles.TRAINER);
		assertThat(afterSubmitting.ratingsHidden()).isFalse();
		assertThat(afterSubmitting.scenarios().get(0).options()).extracting(OptionContent::rating)
			.containsExactly(4, 2, 1);
	}

	@Test
	void after_submitting_both_see_the_panel_with_rounded_means_and_options_two_points_apart_flagged() {
		String tess = person("Tess Trainer", Role.TRAINER);
		String kim = person("Kim Keyer", Role.TRAINER);
		String code = threeScenarioPanel(tess, kim);

		KeyPanel tessSees = SignedIn.as(tess, () -> this.keying.panel(code), Roles.TRAINER);
		KeyPanel kimSees = SignedIn.as(kim, () -> this.keying.panel(code), Roles.TRAINER);

		assertThat(tessSees).isEqualTo(kimSees);
		assertThat(tessSees.raters()).containsExactly(KeyPanel.DRAFT_RATER, "Kim Keyer", "Tess Trainer");
		KeyPanel.Scenario a = tessSees.scenarios().get(0);
		assertThat(a.options().get(0).ratings()).containsExactly(new KeyPanel.Rating(KeyPanel.DRAFT_RATER, 4),
				new KeyPanel.Rating("Kim Keyer", 3), new KeyPanel.Rating("Tess Trainer", 4));
		// (4 + 3 + 4) / 3 = 3.67 rounds to 4; (2 + 1 + 3) / 3 = 2; all three rate option
		// 3 a 1.
		assertThat(a.options().get(0).mean()).hasValueCloseTo(11 / 3.0, within(1e-9));
		assertThat(a.options()).extracting(KeyPanel.Option::key).containsExactly(4, 2, 1);
		// Option 2 has a 1 and a 3: two points apart.
		assertThat(a.options()).extracting(KeyPanel.Option::disputed).containsExactly(false, true, false);
		assertThat(a.keyProblem()).isEmpty();
		assertThat(tessSees.scenarios().get(1).options()).extracting(KeyPanel.Option::key).containsExactly(3, 4, 1);
		assertThat(tessSees.scenarios().get(2).options()).extracting(KeyPanel.Option::key).containsExactly(4, 4, 1);
		assertThat(tessSees.scenarios().get(2).keyProblem())
			.hasValueSatisfying((problem) -> assertThat(problem).contains("options 1, 2 all round to 4"));
		assertThat(tessSees.disputedOptions()).isEqualTo(1);
		assertThat(tessSees.optionsCompared()).isEqualTo(9);
		assertThat(tessSees.singleAuthor()).isFalse();
	}

	/**
	 * One scenario, the draft's ratings 4, 2, 1 and Tess's 4, 1, 1: the pairable values
	 * are 4, 4, 2, 1, 1, 1 (n = 6). Only option 2 differs, by 1, in its two ordered
	 * pairs: D_o = 2 / 6. Over all ordered pairs of values the squared differences add up
	 * to 2 x (two 4-2 pairs x 4 + six 4-1 pairs x 9 + three 2-1 pairs x 1) = 130: D_e =
	 * 130 / (6 x 5). Alpha = 1 - (2 / 6) / (130 / 30) = 1 - 10 / 130 = 12 / 13.
	 */
	@Test
	void panel_agreement_is_krippendorffs_interval_alpha_as_worked_by_hand() {
		String tess = person("Tess Trainer", Role.TRAINER);
		String code = draftWith(tess, scenario("a", 4, 2, 1));

		KeyPanel panel = SignedIn.as(tess, () -> {
			this.keying.startKeying(code);
			rate(code, "a", 4, 1, 1);
			return this.keying.submit(code);
		}, Roles.TRAINER);

		assertThat(panel.alpha()).hasValueCloseTo(12 / 13.0, within(1e-9));
		assertThat(panel.optionsCompared()).isEqualTo(3);
	}

	@Test
	void learners_hr_and_managers_cannot_key_or_see_a_panel() {
		String tess = person("Tess Trainer", Role.TRAINER);
		String code = draftWith(tess, scenario("a", 4, 2, 1));
		for (String[] who : List.of(new String[] { person("Lee Learner", Role.LEARNER), Roles.LEARNER },
				new String[] { person("Hana HR", Role.HR), Roles.HR },
				new String[] { person("Max Manager", Role.MANAGER), Roles.MANAGER })) {
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.keying.startKeying(code), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.keying.rate(code, "a", 1, 4), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.keying.submit(code), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.keying.panel(code), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.keying.applyPanelKey(code), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.keying.versionKeys(code), who[1]));
			assertThatExceptionOfType(AuthorizationDeniedException.class)
				.isThrownBy(() -> SignedIn.as(who[0], () -> this.keying.status(code), who[1]));
		}
	}

	@Test
	void applying_the_panel_key_changes_the_draft_and_leaves_scenarios_without_one_best_option_alone() {
		String tess = person("Tess Trainer", Role.TRAINER);
		String kim = person("Kim Keyer", Role.TRAINER);
		String code = threeScenarioPanel(tess, kim);

		KeyApplied applied = SignedIn.as(tess, () -> this.keying.applyPanelKey(code), Roles.TRAINER);

		// A's key is already the draft's; B's means are 3, 4, 1 where the draft has 4, 3,
		// 1.
		assertThat(applied.changed()).containsExactly(key(code, "b"));
		assertThat(applied.leftAlone()).singleElement().satisfies((left) -> {
			assertThat(left.scenarioKey()).isEqualTo(key(code, "c"));
			assertThat(left.reason()).contains("one best option");
		});
		assertThat(applied.draft().scenarios().get(1).options()).extracting(OptionContent::rating)
			.containsExactly(3, 4, 1);
		assertThat(applied.draft().scenarios().get(1).updatedBy()).isEqualTo("Tess Trainer");
		assertThat(applied.draft().scenarios().get(2).options()).extracting(OptionContent::rating)
			.containsExactly(4, 3, 1);
		List<AuditEntry> history = SignedIn.as(tess, () -> this.audit.recent(new CourseAuditSubject(code).text(), 10),
				Roles.TRAINER);
		assertThat(history.get(0).action()).isEqualTo("PANEL_KEY_APPLIED");
		assertThat(history.get(0).detail()).contains("3 raters").contains(key(code, "b"));
	}

	@Test
	void publishing_keeps_who_keyed_each_version_and_says_when_it_was_a_single_authors_key() {
		String tess = person("Tess Trainer", Role.TRAINER);
		String kim = person("Kim Keyer", Role.TRAINER);
		String code = publishedCopyOfBundled(tess, "keyed");
		DraftView draft = SignedIn.as(tess, () -> this.drafts.startDraft(code), Roles.TRAINER);
		assertThat(SignedIn.as(tess, () -> this.keying.status(code), Roles.TRAINER).singleAuthor()).isTrue();
		for (String trainer : List.of(tess, kim)) {
			SignedIn.run(trainer, () -> {
				this.keying.startKeying(code);
				for (DraftView.Scenario scenario : draft.scenarios()) {
					for (int i = 0; i < scenario.options().size(); i++) {
						this.keying.rate(code, scenario.key(), i + 1, scenario.options().get(i).rating());
					}
				}
				this.keying.submit(code);
			}, Roles.TRAINER);
		}

		SignedIn.run(tess, () -> this.publishing.publish(code, "Keyed by a panel."), Roles.TRAINER);

		List<VersionKey> keys = SignedIn.as(kim, () -> this.keying.versionKeys(code), Roles.TRAINER);
		assertThat(keys).extracting(VersionKey::versionNumber).containsExactly(1, 2);
		assertThat(keys.get(0).singleAuthor()).isTrue();
		assertThat(keys.get(0).describe()).contains("single author's key");
		assertThat(keys.get(1).keyers()).containsExactly("Kim Keyer", "Tess Trainer");
		assertThat(keys.get(1).matchesPanel()).isTrue();
		assertThat(keys.get(1).describe()).isEqualTo(
				"Keyed by a panel of Kim Keyer, Tess Trainer with the draft's own ratings; published with the panel's key.");
		// Publishing removed the draft, and the keyings with it: a new draft starts
		// unkeyed.
		SignedIn.run(kim, () -> this.drafts.startDraft(code), Roles.TRAINER);
		assertThat(SignedIn.as(kim, () -> this.keying.startKeying(code), Roles.TRAINER).submitted()).isFalse();
	}

	/**
	 * A draft of three scenarios the draft, Tess and Kim have keyed and submitted:
	 *
	 * <pre>
	 *        A: 1  2  3   B: 1  2  3   C: 1  2  3
	 * draft     4  2  1      4  3  1      4  3  1
	 * Tess      4  3  1      3  4  1      4  4  1
	 * Kim       3  1  1      3  4  2      4  4  1
	 * </pre>
	 */
	private String threeScenarioPanel(String tess, String kim) {
		String code = draftWith(tess, scenario("a", 4, 2, 1), scenario("b", 4, 3, 1), scenario("c", 4, 3, 1));
		SignedIn.run(tess, () -> {
			this.keying.startKeying(code);
			rate(code, "a", 4, 3, 1);
			rate(code, "b", 3, 4, 1);
			rate(code, "c", 4, 4, 1);
			this.keying.submit(code);
		}, Roles.TRAINER);
		SignedIn.run(kim, () -> {
			this.keying.startKeying(code);
			rate(code, "a", 3, 1, 1);
			rate(code, "b", 3, 4, 2);
			rate(code, "c", 4, 4, 1);
			this.keying.submit(code);
		}, Roles.TRAINER);
		return code;
	}

	/** A new course's draft holding the scenarios, each with ratings as given. */
	private String draftWith(String trainer, Rated... scenarios) {
		String code = "keying-" + UUID.randomUUID().toString().substring(0, 8);
		SignedIn.run(trainer, () -> {
			this.drafts.startNewCourse(code, "Keying course " + code);
			for (Rated scenario : scenarios) {
				List<OptionContent> options = new ArrayList<>();
				for (int i = 0; i < scenario.ratings().length; i++) {
					options.add(new OptionContent("Response " + (i + 1), scenario.ratings()[i], "Because."));
				}
				this.drafts.saveScenario(code,
						new DraftView.Scenario(0, key(code, scenario.name()), scenario.name().toUpperCase(),
								"A guest asks.", "What do you do?", List.of(), null, options, 0, null, null));
			}
		}, Roles.TRAINER);
		return code;
	}

	/** Rates the scenario's options in order, as the signed-in trainer. */
	private void rate(String code, String scenario, int... ratings) {
		for (int i = 0; i < ratings.length; i++) {
			this.keying.rate(code, key(code, scenario), i + 1, ratings[i]);
		}
	}

	private static String key(String code, String scenario) {
		return code + "-" + scenario;
	}

	private static Rated scenario(String name, int... ratings) {
		return new Rated(name, ratings);
	}

	private record Rated(String name, int[] ratings) {
	}

}
