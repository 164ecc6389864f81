package org.servewell.hiring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import org.servewell.content.ContentLimits;
import org.servewell.content.InterviewKitContent;

/**
 * One published, immutable version of an interview kit. A changed kit becomes a new
 * version; older ones stay for the scorecards filled in against them.
 */
@Entity
@Table(name = "interview_kit_version")
public class InterviewKitVersion {

	/** A SHA-256 in hex: computed, never typed. */
	private static final int HASH_LENGTH = 64;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "kit_id", nullable = false)
	private InterviewKit kit;

	@Column(name = "version_number", nullable = false)
	private int versionNumber;

	@Column(name = "title", nullable = false, length = ContentLimits.MAX_TITLE_LENGTH)
	private String title;

	@Column(name = "for_role", nullable = false, length = ContentLimits.MAX_AUDIENCE_LENGTH)
	private String forRole;

	/** The weighted mean rating (1-5) a candidate should reach. */
	@Column(name = "pass_threshold", nullable = false, precision = 3, scale = 2)
	private BigDecimal passThreshold;

	@Column(name = "content_hash", nullable = false, length = HASH_LENGTH)
	private String contentHash;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	/** Who saved a custom kit's version; none for a bundled kit's. */
	@Column(name = "published_by")
	private Long publishedBy;

	@OneToMany(mappedBy = "kitVersion", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("traitNumber")
	private List<KitTrait> traits = new ArrayList<>();

	protected InterviewKitVersion() {
	}

	public InterviewKitVersion(InterviewKit kit, int versionNumber, String title, String forRole,
			BigDecimal passThreshold, String contentHash) {
		this.kit = kit;
		this.versionNumber = versionNumber;
		this.title = title;
		this.forRole = forRole;
		this.passThreshold = passThreshold;
		this.contentHash = contentHash;
		this.publishedAt = Instant.now();
	}

	/**
	 * A version saying what {@code content} says (its id aside), published by
	 * {@code publishedBy} if a person saved it.
	 */
	public static InterviewKitVersion of(InterviewKit kit, int versionNumber, InterviewKitContent content,
			String contentHash, Long publishedBy) {
		InterviewKitVersion version = new InterviewKitVersion(kit, versionNumber, content.title(), content.forRole(),
				BigDecimal.valueOf(content.passThreshold()), contentHash);
		version.publishedBy = publishedBy;
		for (InterviewKitContent.KitTrait rated : content.traits()) {
			KitTrait trait = version.addTrait(rated.trait(), rated.weight());
			for (InterviewKitContent.InterviewQuestion question : rated.questions()) {
				trait.addQuestion(question.kind(), question.text(), question.probes(), question.strongAnswer(),
						question.weakAnswer());
			}
		}
		return version;
	}

	/** Appends a trait the kit rates; traits keep the order they are added in. */
	public KitTrait addTrait(String traitCode, int weight) {
		KitTrait trait = new KitTrait(this, this.traits.size() + 1, traitCode, weight);
		this.traits.add(trait);
		return trait;
	}

	public Long getId() {
		return this.id;
	}

	public InterviewKit getKit() {
		return this.kit;
	}

	public int getVersionNumber() {
		return this.versionNumber;
	}

	public String getTitle() {
		return this.title;
	}

	public String getForRole() {
		return this.forRole;
	}

	public BigDecimal getPassThreshold() {
		return this.passThreshold;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	public Long getPublishedBy() {
		return this.publishedBy;
	}

	/** What this version says, in the content format's terms, under the kit's code. */
	public InterviewKitContent content() {
		return new InterviewKitContent(this.kit.getCode(), this.title, this.forRole, this.passThreshold.doubleValue(),
				this.traits.stream()
					.map((trait) -> new InterviewKitContent.KitTrait(trait.getTraitCode(), trait.getWeight(),
							trait.getQuestions()
								.stream()
								.map((question) -> new InterviewKitContent.InterviewQuestion(question.getKind(),
										question.getText(), question.getProbes(), question.getStrongAnswer(),
										question.getWeakAnswer()))
								.toList()))
					.toList());
	}

	public List<KitTrait> getTraits() {
		return List.copyOf(this.traits);
	}

}
