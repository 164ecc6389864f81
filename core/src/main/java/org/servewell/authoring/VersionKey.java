package org.servewell.authoring;

import java.util.List;

/**
 * Who keyed a published version, for the studio's list of versions.
 *
 * @param versionNumber the version
 * @param keyers the trainers whose submitted keyings stood beside the author's ratings;
 * empty for a single author's key
 * @param matchesPanel whether every published rating is the panel's rounded mean (false
 * for a single author's key)
 */
public record VersionKey(int versionNumber, List<String> keyers, boolean matchesPanel) {

	public VersionKey {
		keyers = List.copyOf(keyers);
	}

	/** Whether nobody but the author keyed it. */
	public boolean singleAuthor() {
		return this.keyers.isEmpty();
	}

	/** Who keyed it, in words fit to show. */
	public String describe() {
		if (singleAuthor()) {
			return "A single author's key: no other trainer keyed this version.";
		}
		return "Keyed by a panel of " + String.join(", ", this.keyers) + " with the draft's own ratings"
				+ (this.matchesPanel ? "; published with the panel's key."
						: "; published with the draft's own ratings.");
	}

}
