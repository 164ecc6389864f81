package org.servewell.badges;

/**
 * One completion's badge in the forms a learner takes away.
 *
 * @param baseName the files' name without extension, such as
 * "servewell-badge-sw-2026-000123"
 * @param jwt the signed credential (VC-JWT), the form badge tools and wallets import
 * @param json the credential's JSON inside it, pretty-printed for reading (not itself
 * signed)
 * @param svg the badge picture with the signed credential baked in
 */
public record BadgeFiles(String baseName, String jwt, String json, String svg) {

	@Override
	public String toString() {
		return "BadgeFiles[" + this.baseName + "]";
	}

}
