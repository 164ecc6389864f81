package org.servewell.badges;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.servewell.audit.AuditTrail;
import org.servewell.learning.IssuedCompletion;
import org.servewell.learning.IssuedCompletions;
import org.servewell.people.Roles;
import org.servewell.shared.Said;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open Badges for completions: the learner's own badge (HR's and administrators' any) as
 * a signed credential, its JSON and a baked picture; the public parts anyone needs to
 * check one (keys, issuer profile, status list); and the key's rotation, for
 * administrators.
 */
@Service
public class BadgeService {

	private final IssuedCompletions completions;

	private final BadgeSigner signer;

	private final SigningKeys keys;

	private final KeyPassword password;

	private final BadgeAddresses addresses;

	private final BadgeConfiguration.Settings settings;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	BadgeService(IssuedCompletions completions, BadgeSigner signer, SigningKeys keys, KeyPassword password,
			BadgeAddresses addresses, BadgeConfiguration.Settings settings, AuditTrail audit, JsonMapper json,
			Clock clock) {
		this.completions = completions;
		this.signer = signer;
		this.keys = keys;
		this.password = password;
		this.addresses = addresses;
		this.settings = settings;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * A completion's badge, its words in {@code language} where the course is translated
	 * into it; refused as not found unless it is the caller's or the caller is HR or an
	 * administrator, and refused for a withdrawn completion. An expired one is still
	 * issued: it says until when it counted.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	public BadgeFiles badge(long completionId, Locale language) {
		IssuedCompletion completion = this.completions.issued(completionId, language);
		if (completion.withdrawnAt() != null) {
			throw new BadgeRefusedException(new Said("badges.withdrawn"));
		}
		Map<String, Object> credential = OpenBadgeCredential.of(completion, this.settings.issuerName(), this.addresses,
				this.password, this.clock.getZone(), language);
		@SuppressWarnings("unchecked")
		String subject = (String) ((Map<String, Object>) credential.get("credentialSubject")).get("id");
		Instant validUntil = (completion.expiresOn() != null)
				? completion.expiresOn().atStartOfDay(this.clock.getZone()).toInstant() : null;
		String jwt = this.signer.sign(credential, subject, completion.completedAt(), validUntil);
		String baseName = "servewell-badge-" + completion.certificateNumber().toLowerCase(Locale.ROOT);
		return new BadgeFiles(baseName, jwt, this.json.writerWithDefaultPrettyPrinter().writeValueAsString(credential),
				BadgeImage.svg(completion.achievement(), this.settings.issuerName(), jwt, language));
	}

	/** Every public key that signed badges, as a JSON Web Key Set. Open to everyone. */
	@PreAuthorize("permitAll()")
	public String keySet() {
		return this.keys.publicKeys().toString(true);
	}

	/** One public key by its thumbprint, as a JWK. Open to everyone. */
	@PreAuthorize("permitAll()")
	public Optional<String> publicKey(String thumbprint) {
		return this.keys.publicKey(this.addresses.key(thumbprint)).map((key) -> key.toJSONString());
	}

	/** The issuer's Open Badges profile. Open to everyone. */
	@PreAuthorize("permitAll()")
	public String issuerProfile() {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("@context", OpenBadgeCredential.CONTEXT);
		profile.putAll(OpenBadgeCredential.issuer(this.settings.issuerName(), this.addresses));
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(profile);
	}

	/**
	 * A course version's achievement as its id in a badge answers (the version's own
	 * language), once somebody completed it. Open to everyone.
	 */
	@PreAuthorize("permitAll()")
	public Optional<String> courseAchievement(String courseCode, int versionNumber) {
		return this.completions.courseAchievement(courseCode, versionNumber)
			.map((what) -> achievementJson(what, Locale.forLanguageTag(what.course().language())));
	}

	/** An onboarding path's achievement, once somebody completed it. Open to everyone. */
	@PreAuthorize("permitAll()")
	public Optional<String> pathAchievement(String pathCode) {
		return this.completions.pathAchievement(pathCode).map((what) -> achievementJson(what, Locale.ENGLISH));
	}

	private String achievementJson(IssuedCompletion.Achievement what, Locale language) {
		Map<String, Object> achievement = new LinkedHashMap<>();
		achievement.put("@context", OpenBadgeCredential.CONTEXT);
		achievement.putAll(OpenBadgeCredential.achievement(what, this.settings.issuerName(), this.addresses, language));
		return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(achievement);
	}

	/**
	 * The revocation status list, signed (a VC-JWT of a BitstringStatusListCredential).
	 * Open to everyone: it says which list positions are withdrawn, not whose they are.
	 */
	@PreAuthorize("permitAll()")
	public String statusList() {
		Map<String, Object> credential = StatusList.credential(this.completions.allWithdrawn(),
				this.settings.issuerName(), this.addresses, this.clock);
		return this.signer.sign(credential, null, this.clock.instant(), null);
	}

	/** The signing keys, newest (the one signing) first. */
	@PreAuthorize(Roles.ADMIN_ONLY)
	public List<SigningKeySummary> signingKeys() {
		return this.keys.summaries();
	}

	/**
	 * Makes a new signing key, which signs every badge from now on; badges signed before
	 * still verify with the old key, which stays published.
	 * @return the new key
	 */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public SigningKeySummary rotateKey() {
		SigningKeySummary made = this.keys.rotate();
		this.audit.record("BADGE_KEY_ROTATED", made.keyId(), "A new key signs Open Badges from now on.");
		return made;
	}

	/**
	 * The issuer's name and where its key set is, for the screens that explain badges.
	 */
	@PreAuthorize("permitAll()")
	public BadgeIssuer issuer() {
		return new BadgeIssuer(this.settings.issuerName(), this.addresses.issuer(), this.addresses.keySet());
	}

}
