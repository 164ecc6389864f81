package org.servewell.authoring.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.servewell.authoring.DraftLimits;
import org.servewell.people.PersonLimits;

/**
 * One trainer's keying of a draft: their own rating of each option, saved as they go,
 * until they submit it. Options are named by their scenario's id and their number from 1.
 */
@Entity
@Table(name = "draft_keying")
public class DraftKeying {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "draft_id", nullable = false, updatable = false)
	private Long draftId;

	@Column(name = "trainer_id", nullable = false, updatable = false)
	private Long trainerId;

	@Column(name = "trainer_name", nullable = false, length = PersonLimits.DISPLAY_NAME_LENGTH)
	private String trainerName;

	@Column(name = "started_at", nullable = false, updatable = false)
	private Instant startedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Version
	@Column(name = "version", nullable = false)
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "draft_keying_rating", joinColumns = @JoinColumn(name = "keying_id"))
	private Set<Rating> ratings = new HashSet<>();

	protected DraftKeying() {
	}

	public DraftKeying(long draftId, long trainerId, String trainerName, Instant when) {
		this.draftId = draftId;
		this.trainerId = trainerId;
		this.trainerName = trainerName;
		this.startedAt = when;
	}

	/** Sets the trainer's rating of an option, replacing the one they gave before. */
	public void rate(String scenarioKey, int optionNumber, int rating) {
		this.ratings
			.removeIf((given) -> given.scenarioKey().equals(scenarioKey) && given.optionNumber() == optionNumber);
		this.ratings.add(new Rating(scenarioKey, optionNumber, rating));
	}

	public void submit(Instant when) {
		this.submittedAt = when;
	}

	public boolean isSubmitted() {
		return this.submittedAt != null;
	}

	/** The trainer's rating of an option, if they gave one. */
	public Optional<Integer> ratingOf(String scenarioKey, int optionNumber) {
		return this.ratings.stream()
			.filter((given) -> given.scenarioKey().equals(scenarioKey) && given.optionNumber() == optionNumber)
			.map(Rating::rating)
			.findFirst();
	}

	public Long getId() {
		return this.id;
	}

	public Long getDraftId() {
		return this.draftId;
	}

	public Long getTrainerId() {
		return this.trainerId;
	}

	public String getTrainerName() {
		return this.trainerName;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public Set<Rating> getRatings() {
		return Set.copyOf(this.ratings);
	}

	/**
	 * A trainer's rating of one option.
	 *
	 * @param scenarioKey the scenario's id
	 * @param optionNumber the option's number from 1
	 * @param rating 1-4
	 */
	@Embeddable
	public record Rating(
			@Column(name = "scenario_key", nullable = false, length = DraftLimits.KEY_LENGTH) String scenarioKey,
			@Column(name = "option_number", nullable = false) int optionNumber,
			@Column(name = "rating", nullable = false) int rating) {
	}

}
