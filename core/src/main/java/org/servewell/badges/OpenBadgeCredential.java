package org.servewell.badges;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.servewell.learning.IssuedCompletion;
import org.servewell.shared.Sha256;
import org.servewell.shared.Wording;

/**
 * The Open Badges 3.0 credential for one completion, as the JSON object a VC-JWT carries
 * (Verifiable Credentials data model 2.0). The learner is named only by a salted hash of
 * their email (the spec's identity object) and a subject id derived from their person id
 * with a secret, so the badge proves who earned it to someone who knows the address,
 * without handing the address to everyone who sees it. The completion's id is its place
 * in the revocation status list.
 */
final class OpenBadgeCredential {

	static final Wording WORDS = new Wording("messages/badges");

	static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

	static final List<String> CONTEXT = List.of("https://www.w3.org/ns/credentials/v2",
			"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

	private OpenBadgeCredential() {
	}

	/**
	 * The credential's JSON as a map, keys in the order a person reading it expects.
	 * @param completion what was achieved
	 * @param issuerName the organisation that issues it
	 * @param addresses where the public parts live
	 * @param password derives the credential's, subject's and salt's values
	 * @param zone where the expiry day ends
	 * @param language the language of the words
	 */
	static Map<String, Object> of(IssuedCompletion completion, String issuerName, BadgeAddresses addresses,
			KeyPassword password, ZoneId zone, Locale language) {
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", CONTEXT);
		credential.put("id", "urn:uuid:" + uuid(password.derive("credential:" + completion.completionId())));
		credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
		credential.put("name", completion.achievement());
		credential.put("issuer", issuer(issuerName, addresses));
		credential.put("validFrom", seconds(completion.completedAt()));
		if (completion.expiresOn() != null) {
			credential.put("validUntil", seconds(completion.expiresOn().atStartOfDay(zone).toInstant()));
		}
		credential.put("credentialSubject", subject(completion, issuerName, addresses, password, language));
		credential.put("credentialStatus", status(completion.completionId(), addresses));
		credential.put("credentialSchema", List.of(Map.of("id", SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
		return credential;
	}

	/** The issuer's profile, as in each credential and at its own address. */
	static Map<String, Object> issuer(String issuerName, BadgeAddresses addresses) {
		Map<String, Object> issuer = new LinkedHashMap<>();
		issuer.put("id", addresses.issuer());
		issuer.put("type", List.of("Profile"));
		issuer.put("name", issuerName);
		issuer.put("url", addresses.home());
		return issuer;
	}

	private static Map<String, Object> subject(IssuedCompletion completion, String issuerName, BadgeAddresses addresses,
			KeyPassword password, Locale language) {
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", "urn:uuid:" + uuid(password.derive("learner:" + completion.personId())));
		subject.put("type", List.of("AchievementSubject"));
		if (completion.learnerEmail() != null) {
			String salt = password.derive("salt:" + completion.completionId()).substring(0, 16);
			Map<String, Object> identity = new LinkedHashMap<>();
			identity.put("type", "IdentityObject");
			identity.put("identityHash", "sha256$" + Sha256.hexOf(completion.learnerEmail() + salt));
			identity.put("identityType", "emailAddress");
			identity.put("hashed", true);
			identity.put("salt", salt);
			subject.put("identifier", List.of(identity));
		}
		subject.put("activityEndDate", seconds(completion.completedAt()));
		subject.put("achievement", achievement(completion.what(), issuerName, addresses, language));
		return subject;
	}

	/**
	 * The achievement, as each credential names it and as its id answers.
	 * @param language the language of the words Servewell adds (criteria, a path's
	 * description)
	 */
	static Map<String, Object> achievement(IssuedCompletion.Achievement what, String issuerName,
			BadgeAddresses addresses, Locale language) {
		Map<String, Object> achievement = new LinkedHashMap<>();
		IssuedCompletion.Course course = what.course();
		achievement.put("id", (course != null) ? addresses.courseAchievement(course.code(), course.versionNumber())
				: addresses.pathAchievement(what.pathCode()));
		achievement.put("type", List.of("Achievement"));
		achievement.put("achievementType", (course != null) ? "Course" : "LearningProgram");
		achievement.put("name", what.name());
		achievement.put("description",
				(course != null) ? course.summary() : WORDS.text(language, "description.path", issuerName));
		achievement
			.put("criteria",
					Map.of("narrative",
							(course != null)
									? WORDS.text(language, "criteria.course", course.lessonCount(),
											course.scenarioCount(), course.passMark())
									: WORDS.text(language, "criteria.path")));
		if (course != null) {
			achievement.put("humanCode", course.code());
			achievement.put("version", Integer.toString(course.versionNumber()));
			achievement.put("inLanguage", course.language());
			if (!course.traits().isEmpty()) {
				achievement.put("tag", course.traits());
			}
		}
		achievement.put("creator", issuer(issuerName, addresses));
		return achievement;
	}

	private static Map<String, Object> status(long completionId, BadgeAddresses addresses) {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("id", addresses.statusList() + "#" + completionId);
		status.put("type", "BitstringStatusListEntry");
		status.put("statusPurpose", "revocation");
		status.put("statusListIndex", Long.toString(completionId));
		status.put("statusListCredential", addresses.statusList());
		return status;
	}

	/** A moment as the credential writes it: UTC, whole seconds. */
	static String seconds(Instant moment) {
		return moment.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static UUID uuid(String derived) {
		return UUID.nameUUIDFromBytes(derived.getBytes(StandardCharsets.UTF_8));
	}

}
