package org.servewell.webhooks.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WebhookRepository extends JpaRepository<Webhook, Long> {

	List<Webhook> findAllByOrderByCreatedAtDescIdDesc();

	List<Webhook> findByActiveTrue();

}
