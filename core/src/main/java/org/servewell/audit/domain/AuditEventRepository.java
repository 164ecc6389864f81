package org.servewell.audit.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

/**
 * Audit events, newest first.
 */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

	List<AuditEvent> findByOrderByOccurredAtDescIdDesc(Pageable page);

	List<AuditEvent> findBySubjectOrderByOccurredAtDescIdDesc(String subject, Pageable page);

	@Query("select distinct e.action from AuditEvent e order by e.action")
	List<String> findActions();

	/**
	 * The events with exactly this action, a subject and an actor containing these texts
	 * (in any case), and a time from {@code from} (inclusive) until {@code until}
	 * (exclusive); a null part does not filter.
	 */
	static Specification<AuditEvent> matching(String action, String subjectText, String actorText, Instant from,
			Instant until) {
		return (root, query, builder) -> {
			List<Predicate> where = new ArrayList<>();
			if (action != null) {
				where.add(builder.equal(root.get("action"), action));
			}
			if (subjectText != null) {
				where.add(builder.like(builder.lower(root.get("subject")), containing(subjectText), '\\'));
			}
			if (actorText != null) {
				where.add(builder.like(builder.lower(root.get("actor")), containing(actorText), '\\'));
			}
			if (from != null) {
				where.add(builder.greaterThanOrEqualTo(root.get("occurredAt"), from));
			}
			if (until != null) {
				where.add(builder.lessThan(root.get("occurredAt"), until));
			}
			return builder.and(where.toArray(Predicate[]::new));
		};
	}

	/** A LIKE pattern for text anywhere, with the text's own % and _ taken literally. */
	private static String containing(String text) {
		return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
