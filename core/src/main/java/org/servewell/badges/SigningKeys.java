package org.servewell.badges;

import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.PasswordBasedDecrypter;
import com.nimbusds.jose.crypto.PasswordBasedEncrypter;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.servewell.badges.domain.BadgeSigningKey;
import org.servewell.badges.domain.BadgeSigningKeyRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The keys badges are signed with: RSA 2048 (RS256, which every Open Badges 3.0 verifier
 * must accept). The first is made when the first badge is asked for; a rotation makes the
 * next generation, which signs from then on, while every earlier public key stays
 * published so that badges signed with it still verify. Two instances making a key at
 * once cannot both succeed: the generation is unique, and the loser reads the winner's.
 * Decrypted keys are kept in memory by key id: a key never changes once made.
 */
@Component
class SigningKeys {

	private static final Logger logger = LoggerFactory.getLogger(SigningKeys.class);

	/** PBKDF2 rounds for the key's encryption (OWASP's figure for HMAC-SHA512). */
	private static final int ITERATIONS = 210_000;

	private final BadgeSigningKeyRepository keys;

	private final KeyPassword password;

	private final BadgeAddresses addresses;

	private final TransactionTemplate newTransaction;

	private final Clock clock;

	private final Map<String, RSAKey> unlocked = new ConcurrentHashMap<>();

	SigningKeys(BadgeSigningKeyRepository keys, KeyPassword password, BadgeAddresses addresses,
			PlatformTransactionManager transactions, Clock clock) {
		this.keys = keys;
		this.password = password;
		this.addresses = addresses;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * The key that signs now, made if there is none yet.
	 * @throws KeyLockedException when the key cannot be decrypted with the configured
	 * password
	 */
	RSAKey current() {
		BadgeSigningKey newest = this.keys.findFirstByOrderByGenerationDesc().orElseGet(() -> make(1));
		return unlock(newest);
	}

	/** Makes the next generation, which signs from now on. */
	SigningKeySummary rotate() {
		int next = this.keys.findFirstByOrderByGenerationDesc().map(BadgeSigningKey::getGeneration).orElse(0) + 1;
		return summary(make(next));
	}

	/** Every public key ever used, newest first, as published in the JWKS. */
	JWKSet publicKeys() {
		return new JWKSet(
				this.keys.findAllByOrderByGenerationDesc().stream().<JWK>map(SigningKeys::publicKey).toList());
	}

	/** The public key with this id, if it is one of ours. */
	Optional<RSAKey> publicKey(String keyId) {
		return this.keys.findByKeyId(keyId).map(SigningKeys::publicKey);
	}

	/** The keys as administrators see them, newest first. */
	List<SigningKeySummary> summaries() {
		return this.keys.findAllByOrderByGenerationDesc().stream().map(SigningKeys::summary).toList();
	}

	private static SigningKeySummary summary(BadgeSigningKey key) {
		return new SigningKeySummary(key.getGeneration(), key.getKeyId(), key.getCreatedAt());
	}

	private BadgeSigningKey make(int generation) {
		try {
			return this.newTransaction.execute((status) -> this.keys.saveAndFlush(generate(generation)));
		}
		catch (DataIntegrityViolationException ex) {
			logger.info("Badge signing key generation {} was made by another instance at the same time", generation);
			return this.keys.findFirstByOrderByGenerationDesc().orElseThrow(() -> ex);
		}
	}

	private BadgeSigningKey generate(int generation) {
		try {
			RSAKey made = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).generate();
			String keyId = this.addresses.key(made.computeThumbprint().toString());
			RSAKey named = new RSAKey.Builder(made).keyID(keyId).build();
			JWEObject sealed = new JWEObject(new JWEHeader(JWEAlgorithm.PBES2_HS512_A256KW, EncryptionMethod.A256GCM),
					new Payload(named.toJSONString()));
			sealed.encrypt(new PasswordBasedEncrypter(this.password.password(), 16, ITERATIONS));
			logger.info("Made badge signing key generation {}: {}", generation, keyId);
			return new BadgeSigningKey(generation, keyId, named.toPublicJWK().toJSONString(), sealed.serialize(),
					this.clock.instant());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("A badge signing key could not be made", ex);
		}
	}

	private RSAKey unlock(BadgeSigningKey key) {
		return this.unlocked.computeIfAbsent(key.getKeyId(), (id) -> {
			try {
				JWEObject sealed = JWEObject.parse(key.getPrivateJwe());
				sealed.decrypt(new PasswordBasedDecrypter(this.password.password()));
				return RSAKey.parse(sealed.getPayload().toString());
			}
			catch (ParseException | JOSEException ex) {
				logger.error("Badge signing key {} cannot be decrypted with the configured key password", id, ex);
				throw new KeyLockedException(ex);
			}
		});
	}

	private static RSAKey publicKey(BadgeSigningKey key) {
		try {
			return RSAKey.parse(key.getPublicJwk());
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Stored public key " + key.getKeyId() + " is not a JWK", ex);
		}
	}

}
