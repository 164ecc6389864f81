package org.servewell.audit;

import java.time.Clock;
import java.util.List;

import org.servewell.audit.domain.AuditEvent;
import org.servewell.audit.domain.AuditEventRepository;
import org.servewell.people.Roles;
import org.servewell.people.directory.PeopleDirectory;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records actions in the caller's transaction (an action that rolls back leaves no trace)
 * and shows the trail to trainers and administrators.
 */
@Service
public class AuditTrail {

	/** Most entries one read returns. */
	public static final int MAX_ENTRIES = 500;

	private final AuditEventRepository events;

	private final PeopleDirectory people;

	private final Clock clock;

	AuditTrail(AuditEventRepository events, PeopleDirectory people, Clock clock) {
		this.events = events;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Records an action by the signed-in person. Called by services that have already
	 * checked the person may do it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String subject, String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), actor(), action, subject, detail));
	}

	/** The newest entries, optionally only those about one subject, newest first. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(String subject, int limit) {
		PageRequest page = PageRequest.of(0, Math.clamp(limit, 1, MAX_ENTRIES));
		List<AuditEvent> found = (subject == null || subject.isBlank())
				? this.events.findByOrderByOccurredAtDescIdDesc(page)
				: this.events.findBySubjectOrderByOccurredAtDescIdDesc(subject, page);
		return found.stream()
			.map((event) -> new AuditEntry(event.getOccurredAt(), event.getActor(), event.getAction(),
					event.getSubject(), event.getDetail()))
			.toList();
	}

	private String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return "Servewell";
		}
		String email = authentication.getName();
		return this.people.staffByEmail(email).map((member) -> member.displayName() + " <" + email + ">").orElse(email);
	}

}
