package org.servewell.hiring;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.Positive;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.hiring.domain.Candidate;
import org.servewell.hiring.domain.CandidateRepository;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Erases the personal data of candidates who were not hired once their record has not
 * changed for the retention period, every night, one candidate per transaction so that
 * one failure stops no other erasure. Their anonymous ratings stay for the statistics.
 */
@Component
class CandidateRetention {

	private static final Logger logger = LoggerFactory.getLogger(CandidateRetention.class);

	/** The name of the lock one instance at a time runs the job under. */
	static final String LOCK = "candidate-retention";

	private final CandidateRepository candidates;

	private final CandidatePrivacy privacy;

	private final Settings settings;

	private final Clock clock;

	CandidateRetention(CandidateRepository candidates, CandidatePrivacy privacy, Settings settings, Clock clock) {
		this.candidates = candidates;
		this.privacy = privacy;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Runs at the time {@code servewell.hiring.retention.cron} says, on one instance; the
	 * lock is held at most an hour (a run erases one candidate per short transaction).
	 */
	@Scheduled(cron = "${servewell.hiring.retention.cron:0 30 3 * * *}")
	@SchedulerLock(name = LOCK, lockAtMostFor = "PT1H")
	void eraseExpired() {
		eraseExpired(this.clock.instant());
	}

	/**
	 * Erases every candidate due at {@code now}; ids only in the log, never personal
	 * data.
	 * @return how many were erased
	 */
	int eraseExpired(Instant now) {
		Instant cutoff = now.minus(this.settings.days(), ChronoUnit.DAYS);
		String reason = "Not hired and unchanged for " + this.settings.days() + " days (retention period).";
		int erased = 0;
		for (Candidate due : this.candidates.findDueForErasure(cutoff)) {
			try {
				if (this.privacy.eraseUnchangedSince(due.getId(), cutoff, reason)) {
					erased++;
				}
			}
			catch (RuntimeException ex) {
				logger.warn("Retention could not erase candidate #{}; the next run tries again", due.getId(), ex);
			}
		}
		logger.info("Retention erased the personal data of {} candidate(s) not hired and unchanged since {}", erased,
				cutoff);
		return erased;
	}

	/**
	 * How long the data of candidates who were not hired is kept.
	 *
	 * @param days days after the record last changed, at least 1
	 */
	@ConfigurationProperties("servewell.hiring.retention")
	@Validated
	record Settings(@DefaultValue("180") @Positive int days) {

	}

}
