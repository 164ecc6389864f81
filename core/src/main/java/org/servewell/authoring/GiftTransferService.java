package org.servewell.authoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.authoring.domain.DraftScenario;
import org.servewell.catalog.CourseVersions;
import org.servewell.content.GiftDocument;
import org.servewell.content.GiftQuestion;
import org.servewell.content.GiftReader;
import org.servewell.content.GiftScenarios;
import org.servewell.content.GiftSyntaxException;
import org.servewell.content.ScenarioContent;
import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A draft's scenario bank in and out of the studio as GIFT, the format Moodle's question
 * banks use: reading a file without changing anything, importing its multiple-choice
 * questions all or none, and writing the bank.
 */
@Service
public class GiftTransferService {

	private final Drafts drafts;

	private final CourseVersions versions;

	private final CitableContent citable;

	private final CourseHistory history;

	GiftTransferService(Drafts drafts, CourseVersions versions, CitableContent citable, CourseHistory history) {
		this.drafts = drafts;
		this.versions = versions;
		this.citable = citable;
		this.history = history;
	}

	/**
	 * Reads a GIFT file for a draft's scenario bank without changing anything: the
	 * multiple-choice questions as scenarios, and the questions of other types.
	 * @throws AuthoringRefusedException naming the line of a syntax error
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public GiftPreview previewGift(String courseCode, String gift) {
		CourseDraft draft = this.drafts.of(courseCode);
		GiftDocument document;
		try {
			document = GiftReader.read(gift);
		}
		catch (GiftSyntaxException ex) {
			throw new AuthoringRefusedException(new Said("authoring.gift-unreadable", ex.getMessage()));
		}
		ImportLimits.checkGift(document, draft.getScenarios().size());
		Set<String> taken = new HashSet<>(this.versions.scenarioIdsOfOtherCourses(courseCode).keySet());
		draft.getScenarios().forEach((scenario) -> taken.add(scenario.getContent().key()));
		ScenarioIds ids = new ScenarioIds(courseCode, taken);
		Set<String> traitIds = this.citable.traitIds();
		List<ScenarioContent> scenarios = new ArrayList<>();
		for (GiftQuestion question : document.questions()) {
			ScenarioContent scenario = GiftScenarios.toScenario(question, "", traitIds);
			scenarios.add(GiftScenarios.toScenario(question, ids.next(scenario.title()), traitIds));
		}
		ImportLimits.checkGiftLengths(document.questions(), scenarios);
		return new GiftPreview(scenarios,
				document.unsupported().stream().map(GiftDocument.UnsupportedQuestion::toString).toList(),
				document.warnings().stream().map(GiftDocument.Warning::toString).toList());
	}

	/**
	 * Adds a GIFT file's multiple-choice questions to the draft's bank, all or none.
	 * Questions of other types are left out only when the trainer confirms it.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView importGift(String courseCode, String gift, String fileName, boolean leaveOutOtherTypes) {
		GiftPreview preview = previewGift(courseCode, gift);
		if (!preview.unsupported().isEmpty() && !leaveOutOtherTypes) {
			throw new AuthoringRefusedException(new Said("authoring.gift-unsupported", preview.unsupported().size()),
					preview.unsupported());
		}
		if (preview.scenarios().isEmpty()) {
			throw new AuthoringRefusedException(new Said("authoring.gift-no-multiple-choice", fileName));
		}
		return addScenarios(courseCode, preview.scenarios(), fileName + " (GIFT)");
	}

	/** Adds scenarios to the bank in one go, for an import. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView addScenarios(String courseCode, List<ScenarioContent> scenarios, String from) {
		CourseDraft draft = this.drafts.of(courseCode);
		ImportLimits.checkBank(from, scenarios.size(), draft.getScenarios().size());
		String who = this.drafts.me();
		for (ScenarioContent scenario : scenarios) {
			ImportLimits.checkLengths(DraftScenario.Content.of(scenario));
			draft.addScenario(DraftScenario.Content.of(scenario), who, this.drafts.now());
		}
		this.history.record(courseCode, "SCENARIOS_IMPORTED",
				"Imported " + scenarios.size() + " scenario(s) from " + from + ".");
		return this.drafts.flushedView(draft);
	}

	/**
	 * The course's scenario bank as GIFT: its draft's when it has one, else its newest
	 * version's.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public String exportGift(String courseCode) {
		return GiftScenarios.toGift(this.drafts.latest(courseCode).content().scenarios(),
				"$course$/servewell/" + courseCode);
	}

}
