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

/**
 * One published, immutable version of an interview kit. A changed kit becomes a new
 * version; older ones stay for the scorecards filled in against them.
 */
@Entity
@Table(name = "interview_kit_version")
public class InterviewKitVersion {

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

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

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

	public List<KitTrait> getTraits() {
		return List.copyOf(this.traits);
	}

}
