package org.servewell.webhooks.domain;

import java.time.Instant;
import java.util.List;

import org.servewell.webhooks.DeliveryStatus;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, Long> {

	/** Pending deliveries due at {@code now}, the longest-waiting first. */
	@Query("select d.id from WebhookDelivery d where d.status = org.servewell.webhooks.DeliveryStatus.PENDING"
			+ " and d.nextAttemptAt <= :now order by d.nextAttemptAt, d.id")
	List<Long> findDue(Instant now, Pageable batch);

	/**
	 * Claims a due delivery for one sender by moving its next attempt to {@code until}: 1
	 * when claimed, 0 when another instance claimed it first (the update reads the latest
	 * committed row, so two instances cannot both claim it).
	 */
	@Modifying(clearAutomatically = true, flushAutomatically = true)
	@Query("update WebhookDelivery d set d.nextAttemptAt = :until where d.id = :id"
			+ " and d.status = org.servewell.webhooks.DeliveryStatus.PENDING and d.nextAttemptAt <= :now")
	int claim(long id, Instant now, Instant until);

	List<WebhookDelivery> findByOrderByCreatedAtDescIdDesc(Pageable page);

	List<WebhookDelivery> findByWebhookIdAndStatus(long webhookId, DeliveryStatus status);

	@Modifying
	@Query("delete from WebhookDelivery d where d.webhookId = :webhookId")
	int deleteByWebhook(long webhookId);

	@Modifying
	@Query("delete from WebhookDelivery d where d.status = :status and d.createdAt < :before")
	int deleteOld(DeliveryStatus status, Instant before);

}
