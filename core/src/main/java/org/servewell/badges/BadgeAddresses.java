package org.servewell.badges;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the public parts of Servewell's badges live, under {@code servewell.public-url}:
 * the issuer's profile, each key's public half, the key set and the status list. Web
 * serves them at these paths; a credential names them, so they must not move.
 */
@Component
public class BadgeAddresses {

	/** The path of the key set, where JOSE tools look for it. */
	public static final String KEY_SET_PATH = "/.well-known/jwks.json";

	/** The path of the issuer's profile. */
	public static final String ISSUER_PATH = "/badges/issuer";

	/** The path under which each public key is served by its thumbprint. */
	public static final String KEYS_PATH = "/badges/keys/";

	/** The path of the revocation status list. */
	public static final String STATUS_LIST_PATH = "/badges/status/revocation";

	/**
	 * The path under which achievements are named and served: {@code course/{code}/v{n}}
	 * and {@code path/{code}}.
	 */
	public static final String ACHIEVEMENTS_PATH = "/badges/achievements/";

	private final String base;

	BadgeAddresses(@Value("${servewell.public-url:http://localhost:8080}") String publicUrl) {
		this.base = publicUrl.replaceAll("/+$", "");
	}

	/** The issuer's id, which answers with its profile. */
	public String issuer() {
		return this.base + ISSUER_PATH;
	}

	/** Servewell's own address, the issuer's home page. */
	String home() {
		return this.base;
	}

	/** The id of the key with this thumbprint, which answers with its public half. */
	String key(String thumbprint) {
		return this.base + KEYS_PATH + thumbprint;
	}

	/** The key set's address. */
	public String keySet() {
		return this.base + KEY_SET_PATH;
	}

	/** The status list's address. */
	String statusList() {
		return this.base + STATUS_LIST_PATH;
	}

	/** A course version's achievement: the same for everyone who completes it. */
	String courseAchievement(String courseCode, int versionNumber) {
		return this.base + ACHIEVEMENTS_PATH + "course/" + courseCode + "/v" + versionNumber;
	}

	/** An onboarding path's achievement. */
	String pathAchievement(String pathCode) {
		return this.base + ACHIEVEMENTS_PATH + "path/" + pathCode;
	}

}
