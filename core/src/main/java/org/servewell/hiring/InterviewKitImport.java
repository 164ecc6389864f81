package org.servewell.hiring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.catalog.TrainingContentImported;
import org.servewell.content.InterviewKitContent;
import org.servewell.hiring.domain.InterviewKit;
import org.servewell.hiring.domain.InterviewKitRepository;
import org.servewell.hiring.domain.InterviewKitVersion;
import org.servewell.hiring.domain.InterviewKitVersionRepository;
import org.servewell.shared.Sha256;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the interview kits of the training content. A kit is versioned by a hash of what
 * it says: an unchanged kit is left alone, a changed one becomes a new version, and older
 * versions are kept for the scorecards that use them.
 */
@Component
class InterviewKitImport {

	private static final Logger log = LoggerFactory.getLogger(InterviewKitImport.class);

	private final InterviewKitRepository kits;

	private final InterviewKitVersionRepository versions;

	InterviewKitImport(InterviewKitRepository kits, InterviewKitVersionRepository versions) {
		this.kits = kits;
		this.versions = versions;
	}

	/**
	 * A plain synchronous listener rather than an {@code @ApplicationModuleListener}: the
	 * kits must load in the catalogue's transaction, so that a failure here undoes the
	 * whole content import.
	 */
	@EventListener
	void on(TrainingContentImported imported) {
		List<String> published = importKits(imported.bundle().interviewKits());
		if (!published.isEmpty()) {
			log.info("Interview kits published {}", published);
		}
	}

	/**
	 * Imports the kits.
	 * @return the kit versions it added, as "code vN"
	 */
	@Transactional
	List<String> importKits(List<InterviewKitContent> contents) {
		List<String> published = new ArrayList<>();
		for (InterviewKitContent content : contents) {
			String hash = contentHash(content);
			InterviewKit kit = this.kits.findByCode(content.id())
				.orElseGet(() -> this.kits.save(new InterviewKit(content.id())));
			if (kit.isCustom()) {
				log.warn("Interview kit {} in the content has the code of a custom kit; the custom kit is kept and "
						+ "the content's kit is not loaded: give it another id", content.id());
				continue;
			}
			InterviewKitVersion newest = this.versions.findFirstByKitOrderByVersionNumberDesc(kit).orElse(null);
			if (newest != null && newest.getContentHash().equals(hash)) {
				continue;
			}
			int number = (newest != null) ? newest.getVersionNumber() + 1 : 1;
			this.versions.save(InterviewKitVersion.of(kit, number, content, hash, null));
			published.add(content.id() + " v" + number);
		}
		return published;
	}

	/**
	 * SHA-256 over everything the kit says, each value closed by a separator that the
	 * text cannot contain, so that layout and comments in its file do not make a new
	 * version but any change of wording, weight or order does.
	 */
	static String contentHash(InterviewKitContent kit) {
		MessageDigest digest = Sha256.newDigest();
		update(digest, kit.id(), kit.title(), kit.forRole(), Double.toString(kit.passThreshold()));
		for (InterviewKitContent.KitTrait trait : kit.traits()) {
			update(digest, "trait", trait.trait(), Integer.toString(trait.weight()));
			for (InterviewKitContent.InterviewQuestion question : trait.questions()) {
				update(digest, "question", question.kind().name(), question.text(), question.strongAnswer(),
						question.weakAnswer(), Integer.toString(question.probes().size()));
				update(digest, question.probes().toArray(String[]::new));
			}
		}
		return Sha256.hexOf(digest);
	}

	private static void update(MessageDigest digest, String... values) {
		for (String value : values) {
			digest.update(value.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
		}
	}

}
