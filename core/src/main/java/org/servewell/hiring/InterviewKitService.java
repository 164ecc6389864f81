package org.servewell.hiring;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.TraitSummary;
import org.servewell.hiring.domain.InterviewKitVersion;
import org.servewell.hiring.domain.InterviewKitVersionRepository;
import org.servewell.hiring.domain.KitQuestion;
import org.servewell.hiring.domain.KitTrait;
import org.servewell.people.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interview kits HR screens candidates with.
 */
@Service
public class InterviewKitService {

	private final InterviewKitVersionRepository versions;

	private final CatalogService catalog;

	InterviewKitService(InterviewKitVersionRepository versions, CatalogService catalog) {
		this.versions = versions;
		this.catalog = catalog;
	}

	/**
	 * The newest version of every kit, with its traits and questions. HR and
	 * administrators only.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public List<InterviewKitDetails> listKits() {
		Map<String, String> traitNames = this.catalog.listTraits()
			.stream()
			.collect(Collectors.toMap(TraitSummary::code, TraitSummary::name));
		return this.versions.findNewestVersions().stream().map((version) -> details(version, traitNames)).toList();
	}

	static InterviewKitDetails details(InterviewKitVersion version, Map<String, String> traitNames) {
		return new InterviewKitDetails(version.getKit().getCode(), version.getVersionNumber(), version.getTitle(),
				version.getForRole(), version.getPassThreshold(),
				version.getTraits().stream().map((trait) -> ratedTrait(trait, traitNames)).toList());
	}

	private static InterviewKitDetails.RatedTrait ratedTrait(KitTrait trait, Map<String, String> traitNames) {
		return new InterviewKitDetails.RatedTrait(trait.getTraitCode(),
				traitNames.getOrDefault(trait.getTraitCode(), trait.getTraitCode()), trait.getWeight(),
				trait.getQuestions().stream().map(InterviewKitService::question).toList());
	}

	private static InterviewKitDetails.Question question(KitQuestion question) {
		return new InterviewKitDetails.Question(question.getKind(), question.getText(), question.getProbes(),
				question.getStrongAnswer(), question.getWeakAnswer());
	}

}
