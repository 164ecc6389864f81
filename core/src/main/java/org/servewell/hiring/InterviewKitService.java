package org.servewell.hiring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.servewell.catalog.CatalogService;
import org.servewell.content.ContentLimits;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.InterviewKitCheck;
import org.servewell.content.InterviewKitContent;
import org.servewell.hiring.domain.InterviewKit;
import org.servewell.hiring.domain.InterviewKitRepository;
import org.servewell.hiring.domain.InterviewKitVersion;
import org.servewell.hiring.domain.InterviewKitVersionRepository;
import org.servewell.hiring.domain.KitQuestion;
import org.servewell.hiring.domain.KitTrait;
import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The interview kits HR screens candidates with: the bundled ones, and custom ones HR
 * copies from them and adjusts.
 */
@Service
@Validated
public class InterviewKitService {

	/** How a custom kit's code starts. */
	public static final String CUSTOM_PREFIX = "custom-";

	private static final String COPY_OF = "Copy of ";

	private static final int SUFFIX_BYTES = 3;

	private final SecureRandom random = new SecureRandom();

	private final InterviewKitRepository kits;

	private final InterviewKitVersionRepository versions;

	private final CatalogService catalog;

	private final ContentSource contentSource;

	private final ScreeningAccess access;

	private final Clock clock;

	InterviewKitService(InterviewKitRepository kits, InterviewKitVersionRepository versions, CatalogService catalog,
			ContentSource contentSource, ScreeningAccess access, Clock clock) {
		this.kits = kits;
		this.versions = versions;
		this.catalog = catalog;
		this.contentSource = contentSource;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The newest version of every kit, with its traits and questions. HR and
	 * administrators only.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public List<InterviewKitDetails> listKits() {
		Map<String, String> traitNames = traitNames();
		return this.versions.findNewestVersions().stream().map((version) -> details(version, traitNames)).toList();
	}

	/** The newest version of one kit. HR and administrators only. */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public InterviewKitDetails kit(String code) {
		return details(newest(find(code)), traitNames());
	}

	/**
	 * Copies the newest version of a kit into a new custom kit, "Copy of" its title, that
	 * HR may adjust. HR and administrators only.
	 * @return the copy, version 1
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public InterviewKitDetails copyKit(String code) {
		InterviewKitVersion original = newest(find(code));
		long me = this.access.currentPersonId();
		InterviewKit copy = this.kits
			.save(InterviewKit.custom(customCode(original.getTitle()), me, this.clock.instant()));
		InterviewKitContent source = original.content();
		String title = COPY_OF + source.title();
		InterviewKitContent content = new InterviewKitContent(copy.getCode(),
				title.substring(0, Math.min(title.length(), ContentLimits.MAX_TITLE_LENGTH)), source.forRole(),
				source.passThreshold(), source.traits());
		InterviewKitVersion version = this.versions
			.save(InterviewKitVersion.of(copy, 1, content, InterviewKitImport.contentHash(content), me));
		return details(version, traitNames());
	}

	/**
	 * Saves HR's adjustment of a custom kit as a new, immutable version: scorecards keep
	 * the version they were filled in against, new interviewers get this one. Each field
	 * must pass the form's annotations (refused before this runs), and the kit the rules
	 * of the content's kit files; otherwise every problem is listed and nothing is saved.
	 * Nothing is saved either when nothing changed. Bundled kits change only in the
	 * content. HR and administrators only.
	 * @param basedOnVersion the version the form was filled from; refused when someone
	 * has saved a newer one since
	 * @return the kit's newest version afterwards
	 * @throws InvalidKitException with every problem when the kit breaks a rule of the
	 * content's kit files
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public InterviewKitDetails saveKit(String code, int basedOnVersion, @Valid KitForm form) {
		InterviewKit kit = find(code);
		if (!kit.isCustom()) {
			throw new HiringRefusedException(new Said("hiring.kit-bundled-change"));
		}
		if (kit.isRetired()) {
			throw new HiringRefusedException(new Said("hiring.kit-retired"));
		}
		InterviewKitVersion newest = newest(kit);
		if (newest.getVersionNumber() != basedOnVersion) {
			throw new HiringStaleException(new Said("hiring.kit-stale", newest.getVersionNumber()));
		}
		InterviewKitCheck check = ContentReader.checkInterviewKit(this.contentSource, content(code, form));
		InterviewKitContent content = check.kit().orElseThrow(() -> new InvalidKitException(check.problems()));
		String hash = InterviewKitImport.contentHash(content);
		if (hash.equals(newest.getContentHash())) {
			return details(newest, traitNames());
		}
		InterviewKitVersion saved = this.versions.save(InterviewKitVersion.of(kit, newest.getVersionNumber() + 1,
				content, hash, this.access.currentPersonId()));
		return details(saved, traitNames());
	}

	/**
	 * Retires a custom kit: no new interview uses it; interviews that do keep it. HR and
	 * administrators only.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public void retireKit(String code) {
		InterviewKit kit = find(code);
		if (!kit.isCustom()) {
			throw new HiringRefusedException(new Said("hiring.kit-bundled-retire"));
		}
		kit.retire(this.clock.instant());
	}

	private InterviewKit find(String code) {
		return this.kits.findByCode((code != null) ? code : "")
			.orElseThrow(() -> new HiringNotFoundException(new Said("hiring.kit-missing", code)));
	}

	private InterviewKitVersion newest(InterviewKit kit) {
		return this.versions.findFirstByKitOrderByVersionNumberDesc(kit)
			.orElseThrow(() -> new HiringNotFoundException(new Said("hiring.kit-missing", kit.getCode())));
	}

	/** "custom-" and the title as a slug, with a random suffix that makes it unique. */
	private String customCode(String title) {
		String suffix = "-" + HexFormat.of().formatHex(bytes());
		String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		int room = ContentLimits.MAX_ID_LENGTH - CUSTOM_PREFIX.length() - suffix.length();
		slug = slug.substring(0, Math.min(slug.length(), room)).replaceAll("-+$", "");
		String code = CUSTOM_PREFIX + (slug.isEmpty() ? "kit" : slug) + suffix;
		return this.kits.findByCode(code).isPresent() ? customCode(title) : code;
	}

	private byte[] bytes() {
		byte[] bytes = new byte[SUFFIX_BYTES];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private static InterviewKitContent content(String code, KitForm form) {
		BigDecimal threshold = (form.passThreshold() != null) ? form.passThreshold().setScale(2, RoundingMode.HALF_UP)
				: BigDecimal.ZERO;
		return new InterviewKitContent(code, text(form.title()), text(form.forRole()), threshold.doubleValue(),
				form.traits()
					.stream()
					.map((trait) -> new InterviewKitContent.KitTrait(text(trait.traitCode()), trait.weight(),
							trait.questions()
								.stream()
								.map((question) -> new InterviewKitContent.InterviewQuestion(question.kind(),
										text(question.text()), question.probes().stream().map(String::strip).toList(),
										text(question.strongAnswer()), text(question.weakAnswer())))
								.toList()))
					.toList());
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private Map<String, String> traitNames() {
		return TraitNames.byCode(this.catalog.listTraits());
	}

	static InterviewKitDetails details(InterviewKitVersion version, Map<String, String> traitNames) {
		InterviewKit kit = version.getKit();
		return new InterviewKitDetails(kit.getCode(), kit.getOrigin(), kit.isRetired(), version.getVersionNumber(),
				version.getTitle(), version.getForRole(), version.getPassThreshold(),
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
