package org.servewell.web.badges;

import java.time.Duration;
import java.util.Optional;

import org.servewell.badges.BadgeAddresses;
import org.servewell.badges.BadgeService;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CrossOrigin;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a badge verifier fetches, open to everyone (SecurityConfiguration lets these paths
 * through): the public keys as a JWK Set and one by one (a badge's {@code kid} is such a
 * key's address), the issuer's profile, each achievement a badge names (once somebody
 * earned it), and the signed revocation status list. Verifiers and caches may keep the
 * status list for five minutes, so a withdrawal shows within that. Web-based verifiers on
 * other sites may read them too (CORS, reading only).
 */
@RestController
@CrossOrigin(origins = "*", methods = RequestMethod.GET)
class BadgePublication {

	static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");

	static final MediaType JWK = MediaType.parseMediaType("application/jwk+json");

	private final BadgeService badges;

	BadgePublication(BadgeService badges) {
		this.badges = badges;
	}

	@GetMapping(BadgeAddresses.KEY_SET_PATH)
	ResponseEntity<String> keySet() {
		return ResponseEntity.ok()
			.contentType(JWK_SET)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(this.badges.keySet());
	}

	@GetMapping(BadgeAddresses.KEYS_PATH + "{thumbprint}")
	ResponseEntity<String> key(@PathVariable String thumbprint) {
		return this.badges.publicKey(thumbprint)
			.map((key) -> ResponseEntity.ok()
				.contentType(JWK)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
				.body(key))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping(BadgeAddresses.ISSUER_PATH)
	ResponseEntity<String> issuer() {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(this.badges.issuerProfile());
	}

	/**
	 * A version that is not a number is not found either (no error page to sign in to).
	 */
	@GetMapping(BadgeAddresses.ACHIEVEMENTS_PATH + "course/{code}/v{version}")
	ResponseEntity<String> courseAchievement(@PathVariable String code, @PathVariable String version) {
		return achievement(version.matches("[0-9]{1,9}")
				? this.badges.courseAchievement(code, Integer.parseInt(version)) : Optional.empty());
	}

	@GetMapping(BadgeAddresses.ACHIEVEMENTS_PATH + "path/{code}")
	ResponseEntity<String> pathAchievement(@PathVariable String code) {
		return achievement(this.badges.pathAchievement(code));
	}

	private static ResponseEntity<String> achievement(Optional<String> json) {
		return json
			.map((body) -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
				.body(body))
			.orElse(ResponseEntity.notFound().build());
	}

	/** The status list as a compact JWS, as text, the way Open Badges serves a VC-JWT. */
	@GetMapping(BadgeAddresses.STATUS_LIST_PATH)
	ResponseEntity<String> statusList() {
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_PLAIN)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(this.badges.statusList());
	}

}
