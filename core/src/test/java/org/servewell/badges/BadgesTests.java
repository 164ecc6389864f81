package org.servewell.badges;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.servewell.badges.domain.BadgeSigningKeyRepository;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.AttemptService;
import org.servewell.learning.LearnerService;
import org.servewell.learning.LearningNotFoundException;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.shared.Sha256;
import org.servewell.testsupport.SignedIn;
import org.servewell.testsupport.TestLearners;
import org.servewell.testsupport.TestPeople;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A learner's Open Badge from completing a course: what it says, that it is the Open
 * Badges 3.0 shape, that anyone can verify it with the published keys alone, and that the
 * verify page tells genuine, changed, foreign, expired and withdrawn badges apart.
 * Subclasses choose the database.
 */
@SpringBootTest
abstract class BadgesTests {

	static final String COURSE = "first-time-every-time";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	BadgeService badges;

	@Autowired
	BadgeCheck check;

	@Autowired
	BadgeAddresses addresses;

	@Autowired
	LearnerService learner;

	@Autowired
	AttemptService attempts;

	@Autowired
	CourseBank bank;

	@Autowired
	PeopleService people;

	@Autowired
	CompletionRepository completions;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	BadgeSigningKeyRepository keyRows;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void learner_downloads_a_badge_that_the_open_badges_schema_accepts() throws Exception {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);

		BadgeFiles files = SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER);

		JsonNode credential = JSON.readTree(files.json());
		assertThat(errors(credential)).isEmpty();
		assertThat(errors(payload(files.jwt()))).as("the signed payload is the credential too").isEmpty();
		assertThat(credential.get("type").toString()).contains("OpenBadgeCredential");
		assertThat(credential.at("/issuer/id").asString()).isEqualTo(this.addresses.issuer());
		assertThat(credential.at("/credentialSubject/achievement/name").asString()).isEqualTo(newestVersion().title());
		assertThat(credential.at("/credentialSubject/achievement/tag").size()).isPositive();
		assertThat(credential.at("/credentialStatus/statusListIndex").asString()).isEqualTo(Long.toString(completion));
		assertThat(files.json()).doesNotContain(email).as("the address is only hashed");
		JsonNode identity = credential.at("/credentialSubject/identifier/0");
		assertThat(identity.get("identityHash").asString())
			.isEqualTo("sha256$" + Sha256.hexOf(email + identity.get("salt").asString()));
	}

	@Test
	void the_achievement_a_badge_names_answers_at_its_id_and_nothing_is_published_for_what_nobody_earned()
			throws Exception {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);
		BadgeFiles files = SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER);
		JsonNode named = JSON.readTree(files.json()).at("/credentialSubject/achievement");

		JsonNode served = JSON
			.readTree(this.badges.courseAchievement(COURSE, newestVersion().versionNumber()).orElseThrow());

		assertThat(served.get("@context").toString()).contains("https://www.w3.org/ns/credentials/v2");
		for (String field : List.of("id", "type", "achievementType", "name", "description", "criteria", "humanCode",
				"version", "inLanguage", "tag", "creator")) {
			assertThat(served.get(field)).as(field).isEqualTo(named.get(field));
		}
		assertThat(this.badges.courseAchievement(COURSE, 999)).isEmpty();
		assertThat(this.badges.courseAchievement("no-such-course", 1)).isEmpty();
		assertThat(this.badges.pathAchievement("no-such-path")).isEmpty();
	}

	@Test
	void the_schema_check_finds_a_credential_without_its_issuance_date() throws Exception {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);
		ObjectNode credential = (ObjectNode) JSON
			.readTree(SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER).json());

		credential.remove("validFrom");

		assertThat(errors(credential)).isNotEmpty();
	}

	@Test
	void anyone_verifies_the_badge_with_the_published_key_set_and_no_servewell_code() throws Exception {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);
		String jwt = SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER).jwt();

		assertThat(verifiesIndependently(jwt, this.badges.keySet())).isTrue();
		JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
		assertThat(header.get("alg").asString()).isEqualTo("RS256");
		assertThat(header.get("kid").asString()).startsWith(this.addresses.issuer().replace("/issuer", "/keys/"));
		JsonNode payload = payload(jwt);
		assertThat(payload.get("iss").asString()).isEqualTo(this.addresses.issuer());
		assertThat(payload.get("jti").asString()).isEqualTo(payload.get("id").asString());
		assertThat(payload.get("sub").asString()).isEqualTo(payload.at("/credentialSubject/id").asString());
		assertThat(this.check.check(jwt.getBytes(StandardCharsets.UTF_8)).verdict())
			.isEqualTo(CheckedBadge.Verdict.VALID);
	}

	@Test
	void a_badge_changed_after_signing_fails_both_checks() throws Exception {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);
		String jwt = SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER).jwt();
		String[] parts = jwt.split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
		String forged = parts[0] + "." + Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(
					payload.replace(newestVersion().title(), "Master of Everything").getBytes(StandardCharsets.UTF_8))
				+ "." + parts[2];

		assertThat(forged).isNotEqualTo(jwt);
		assertThat(verifiesIndependently(forged, this.badges.keySet())).isFalse();
		assertThat(this.check.check(forged.getBytes(StandardCharsets.UTF_8)).verdict())
			.isEqualTo(CheckedBadge.Verdict.TAMPERED);
	}

	@Test
	void the_baked_picture_carries_the_signed_credential_and_checks_as_valid() {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);
		BadgeFiles files = SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER);

		assertThat(BadgeCheck.baked(files.svg())).contains(files.jwt());
		CheckedBadge checked = this.check.check(files.svg().getBytes(StandardCharsets.UTF_8));
		assertThat(checked.verdict()).isEqualTo(CheckedBadge.Verdict.VALID);
		assertThat(checked.achievement()).isEqualTo(newestVersion().title());
	}

	@Test
	void a_withdrawn_completion_is_set_in_the_status_list_and_its_badge_checks_as_withdrawn() throws Exception {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);
		String jwt = SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER).jwt();
		long other = complete(TestPeople.create(this.people, Role.LEARNER));

		this.transactions.executeWithoutResult((status) -> this.completions.findById(completion)
			.orElseThrow()
			.withdraw(Instant.now(), TestPeople.id(this.people, TestPeople.ADMIN), "Awarded in error"));

		String list = this.badges.statusList();
		assertThat(verifiesIndependently(list, this.badges.keySet())).isTrue();
		String encoded = payload(list).at("/credentialSubject/encodedList").asString();
		assertThat(StatusList.isSet(encoded, completion)).isTrue();
		assertThat(StatusList.isSet(encoded, other)).isFalse();
		assertThat(this.check.check(jwt.getBytes(StandardCharsets.UTF_8)).verdict())
			.isEqualTo(CheckedBadge.Verdict.WITHDRAWN);
		assertThatExceptionOfType(BadgeRefusedException.class)
			.isThrownBy(() -> SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER));
	}

	@Test
	void an_expired_completion_gives_a_badge_valid_until_its_expiry_that_checks_as_expired() throws Exception {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);
		this.transactions.executeWithoutResult((status) -> this.completions.findById(completion)
			.orElseThrow()
			.expiringOn(LocalDate.now().minusDays(1)));

		String jwt = SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER).jwt();

		assertThat(payload(jwt).get("validUntil").asString()).isNotBlank();
		assertThat(this.check.check(jwt.getBytes(StandardCharsets.UTF_8)).verdict())
			.isEqualTo(CheckedBadge.Verdict.EXPIRED);
	}

	@Test
	void another_learners_badge_is_not_found_but_hr_may_download_it() {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);
		String stranger = TestPeople.create(this.people, Role.LEARNER);
		String hr = TestPeople.create(this.people, Role.HR);

		assertThatExceptionOfType(LearningNotFoundException.class).isThrownBy(
				() -> SignedIn.as(stranger, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER));
		assertThat(SignedIn.as(hr, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.HR).jwt()).isNotBlank();
	}

	@Test
	void after_a_key_rotation_old_badges_still_verify_and_new_ones_use_the_new_key() throws Exception {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);
		String before = SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER).jwt();

		SigningKeySummary rotated = SignedIn.as(TestPeople.ADMIN, () -> this.badges.rotateKey(), Roles.ADMIN);
		String after = SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER).jwt();

		assertThat(JSON.readTree(Base64.getUrlDecoder().decode(after.split("\\.")[0])).get("kid").asString())
			.isEqualTo(rotated.keyId());
		assertThat(verifiesIndependently(before, this.badges.keySet())).isTrue();
		assertThat(verifiesIndependently(after, this.badges.keySet())).isTrue();
		assertThat(this.check.check(before.getBytes(StandardCharsets.UTF_8)).verdict())
			.isEqualTo(CheckedBadge.Verdict.VALID);
		assertThatExceptionOfType(AuthorizationDeniedException.class)
			.isThrownBy(() -> SignedIn.as(email, () -> this.badges.rotateKey(), Roles.LEARNER));
	}

	@Test
	void a_key_made_with_another_password_is_refused_with_a_message_saying_what_to_do() {
		String email = TestPeople.create(this.people, Role.LEARNER);
		long completion = complete(email);
		SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER);
		SigningKeys otherInstance = new SigningKeys(this.keyRows,
				new KeyPassword(new BadgeConfiguration.Settings("Servewell", "not-the-password"), Path.of("unused")),
				this.addresses, this.transactionManager, Clock.systemUTC());

		assertThatExceptionOfType(KeyLockedException.class).isThrownBy(otherInstance::current)
			.withMessageContaining("SERVEWELL_BADGE_KEY_PASSWORD");
	}

	@Test
	void files_that_are_not_servewell_badges_are_said_to_be_so() throws Exception {
		RSAKey stranger = new RSAKeyGenerator(2048).keyID("x").generate();
		SignedJWT foreign = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("x").build(),
				new JWTClaimsSet.Builder().issuer(this.addresses.issuer()).build());
		foreign.sign(new RSASSASigner(stranger));
		String entityBomb = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>";

		assertThat(verdict(foreign.serialize())).isEqualTo(CheckedBadge.Verdict.NOT_OURS);
		assertThat(verdict("{\"type\": [\"VerifiableCredential\", \"OpenBadgeCredential\"]}"))
			.isEqualTo(CheckedBadge.Verdict.UNSIGNED);
		assertThat(verdict("hello, world")).isEqualTo(CheckedBadge.Verdict.UNREADABLE);
		assertThat(verdict(entityBomb)).isEqualTo(CheckedBadge.Verdict.UNREADABLE);
		assertThat(this.check.check(new byte[] { (byte) 0xff, (byte) 0xfe, 0x41 }).verdict())
			.isEqualTo(CheckedBadge.Verdict.UNREADABLE);
		assertThat(this.check.check(new byte[BadgeCheck.MAX_BYTES + 1]).verdict())
			.isEqualTo(CheckedBadge.Verdict.UNREADABLE);
	}

	private CheckedBadge.Verdict verdict(String file) {
		return this.check.check(file.getBytes(StandardCharsets.UTF_8)).verdict();
	}

	/**
	 * Checks a compact JWS the way any verifier would, with the JDK's RSA and the key set
	 * as published: nothing of Servewell's or of the JOSE library that signed it.
	 */
	static boolean verifiesIndependently(String jws, String keySet) throws Exception {
		String[] parts = jws.split("\\.");
		JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
		JsonNode key = null;
		for (JsonNode candidate : JSON.readTree(keySet).get("keys")) {
			if (candidate.get("kid").asString().equals(header.get("kid").asString())) {
				key = candidate;
			}
		}
		if (key == null || !"RS256".equals(header.get("alg").asString())) {
			return false;
		}
		PublicKey publicKey = KeyFactory.getInstance("RSA")
			.generatePublic(new RSAPublicKeySpec(unsigned(key.get("n").asString()), unsigned(key.get("e").asString())));
		Signature rsa = Signature.getInstance("SHA256withRSA");
		rsa.initVerify(publicKey);
		rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		return rsa.verify(Base64.getUrlDecoder().decode(parts[2]));
	}

	private static BigInteger unsigned(String base64url) {
		return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
	}

	static JsonNode payload(String jws) {
		return JSON.readTree(Base64.getUrlDecoder().decode(jws.split("\\.")[1]));
	}

	static List<Error> errors(JsonNode credential) throws Exception {
		try (InputStream schema = BadgesTests.class
			.getResourceAsStream("/openbadges/ob_v3p0_achievementcredential_schema.json")) {
			Schema validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(schema);
			return validator.validate(credential);
		}
	}

	private long complete(String email) {
		return TestLearners.completeWithBestAnswers(this.learner, this.attempts, email, COURSE, newestVersion())
			.completionId();
	}

	private BankVersion newestVersion() {
		return this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
	}

}
