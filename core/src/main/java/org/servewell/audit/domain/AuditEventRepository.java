package org.servewell.audit.domain;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Audit events, newest first.
 */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	List<AuditEvent> findByOrderByOccurredAtDescIdDesc(Pageable page);

	List<AuditEvent> findBySubjectOrderByOccurredAtDescIdDesc(String subject, Pageable page);

}
