package org.servewell.hiring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.InterviewKitContent;
import org.servewell.hiring.domain.InterviewKitRepository;
import org.servewell.hiring.domain.InterviewKitVersion;
import org.servewell.hiring.domain.InterviewKitVersionRepository;
import org.servewell.people.Roles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Loading the interview kits and listing them, against a real database. Subclasses choose
 * the database.
 */
@SpringBootTest
@Transactional
@WithMockUser(roles = Roles.HR)
abstract class InterviewKitTests {

	private static final List<InterviewKitContent> BUNDLED = ContentReader.read(ContentSource.bundled())
		.interviewKits();

	@Autowired
	InterviewKitService service;

	@Autowired
	InterviewKitImport kitImport;

	@Autowired
	InterviewKitRepository kits;

	@Autowired
	InterviewKitVersionRepository versions;

	@Test
	void hr_sees_both_bundled_kits_with_their_traits_questions_and_answer_guides() {
		List<InterviewKitDetails> listed = this.service.listKits();

		assertThat(listed).extracting(InterviewKitDetails::code).containsExactly("front-line-service", "team-lead");
		for (int i = 0; i < listed.size(); i++) {
			InterviewKitContent content = BUNDLED.get(i);
			InterviewKitDetails kit = listed.get(i);
			assertThat(kit.versionNumber()).isEqualTo(1);
			assertThat(kit.title()).isEqualTo(content.title());
			assertThat(kit.forRole()).isEqualTo(content.forRole());
			assertThat(kit.passThreshold()).isEqualByComparingTo(BigDecimal.valueOf(content.passThreshold()));
			assertThat(kit.traits()).extracting(InterviewKitDetails.RatedTrait::traitCode)
				.containsExactlyElementsOf(content.traits().stream().map(InterviewKitContent.KitTrait::trait).toList());
			for (int t = 0; t < kit.traits().size(); t++) {
				InterviewKitContent.KitTrait expected = content.traits().get(t);
				assertThat(kit.traits().get(t).weight()).isEqualTo(expected.weight());
				assertThat(kit.traits().get(t).questions())
					.extracting((question) -> new InterviewKitContent.InterviewQuestion(question.kind(),
							question.text(), question.probes(), question.strongAnswer(), question.weakAnswer()))
					.containsExactlyElementsOf(expected.questions());
			}
		}
		assertThat(listed.get(0).traits()).filteredOn((trait) -> trait.traitCode().equals("respect"))
			.extracting(InterviewKitDetails.RatedTrait::traitName)
			.containsExactly("Respect");
	}

	@Test
	void loading_unchanged_kits_again_changes_nothing() {
		long before = this.versions.count();

		assertThat(this.kitImport.importKits(BUNDLED)).isEmpty();
		assertThat(this.versions.count()).isEqualTo(before);
	}

	@Test
	void changed_kit_becomes_a_new_version_and_the_old_one_stays() {
		InterviewKitContent kit = BUNDLED.get(0);
		InterviewKitContent.KitTrait first = kit.traits().get(0);
		List<InterviewKitContent.InterviewQuestion> questions = new ArrayList<>(first.questions());
		InterviewKitContent.InterviewQuestion question = questions.get(0);
		questions.set(0, new InterviewKitContent.InterviewQuestion(question.kind(), "Tell me about a hard day.",
				question.probes(), question.strongAnswer(), question.weakAnswer()));
		List<InterviewKitContent.KitTrait> traits = new ArrayList<>(kit.traits());
		traits.set(0, new InterviewKitContent.KitTrait(first.trait(), first.weight(), questions));
		InterviewKitContent changed = new InterviewKitContent(kit.id(), kit.title(), kit.forRole(), kit.passThreshold(),
				traits);

		assertThat(this.kitImport.importKits(List.of(changed))).containsExactly(kit.id() + " v2");

		List<InterviewKitVersion> all = this.versions
			.findByKitOrderByVersionNumberAsc(this.kits.findByCode(kit.id()).orElseThrow());
		assertThat(all).extracting(InterviewKitVersion::getVersionNumber).containsExactly(1, 2);
		assertThat(all.get(0).getTraits().get(0).getQuestions().get(0).getText()).isEqualTo(question.text());
		assertThat(this.service.listKits()).first().satisfies((listed) -> {
			assertThat(listed.versionNumber()).isEqualTo(2);
			assertThat(listed.traits().get(0).questions().get(0).text()).isEqualTo("Tell me about a hard day.");
		});
	}

	@Test
	@WithMockUser(roles = Roles.LEARNER)
	void learner_cannot_list_interview_kits() {
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.service.listKits());
	}

	@Test
	@WithMockUser(roles = { Roles.TRAINER, Roles.MANAGER })
	void trainers_and_managers_cannot_list_interview_kits() {
		assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() -> this.service.listKits());
	}

}
