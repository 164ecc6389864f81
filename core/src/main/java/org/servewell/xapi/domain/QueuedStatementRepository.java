package org.servewell.xapi.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.servewell.xapi.StatementStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface QueuedStatementRepository extends JpaRepository<QueuedStatement, Long> {

	/** Pending statements due at {@code now}, the longest-waiting first. */
	@Query("select s.id from QueuedStatement s where s.status = org.servewell.xapi.StatementStatus.PENDING"
			+ " and s.nextAttemptAt <= :now order by s.nextAttemptAt, s.id")
	List<Long> findDue(Instant now, Pageable batch);

	/**
	 * Claims a due statement for one sender by moving its next attempt to {@code until}:
	 * 1 when claimed, 0 when another instance claimed it first (the update reads the
	 * latest committed row, so two instances cannot both claim it).
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update QueuedStatement s set s.nextAttemptAt = :until where s.id = :id"
			+ " and s.status = org.servewell.xapi.StatementStatus.PENDING and s.nextAttemptAt <= :now")
	int claim(long id, Instant now, Instant until);

	/** Which of these statement ids are queued already. */
	@Query("select s.statementId from QueuedStatement s where s.statementId in :statementIds")
	List<String> findQueued(Collection<String> statementIds);

	long countByStatus(StatementStatus status);

	List<QueuedStatement> findByStatusOrderByCreatedAtDescIdDesc(StatementStatus status, Pageable page);

	/** Starts a new round of attempts, due at once, for every failed statement. */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update QueuedStatement s set s.status = org.servewell.xapi.StatementStatus.PENDING, s.attempts = 0,"
			+ " s.nextAttemptAt = :now where s.status = org.servewell.xapi.StatementStatus.FAILED")
	int sendFailedAgain(Instant now);

	@Modifying
	@Query("delete from QueuedStatement s where s.status = :status and s.createdAt < :before")
	int deleteOld(StatementStatus status, Instant before);

}
