package org.servewell.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.servewell.audit.domain.AuditEvent;
import org.servewell.audit.domain.AuditEventInserts;
import org.servewell.audit.domain.AuditEventRepository;
import org.servewell.people.Roles;
import org.servewell.people.directory.PeopleDirectory;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Records actions in the caller's transaction (an action that rolls back leaves no trace)
 * and shows the trail to trainers and administrators.
 */
@Service
@Validated
public class AuditTrail {

	/** Most entries one read returns. */
	public static final int MAX_ENTRIES = 500;

	private static final String SYSTEM = "Servewell";

	private final AuditEventRepository events;

	private final PeopleDirectory people;

	private final AuditEventInserts inserts;

	private final Clock clock;

	AuditTrail(AuditEventRepository events, AuditEventInserts inserts, PeopleDirectory people, Clock clock) {
		this.events = events;
		this.inserts = inserts;
		this.people = people;
		this.clock = clock;
	}

	/**
	 * Records an action by the signed-in person. Called by services that have already
	 * checked the person may do it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String subject, String detail) {
		record(actor(), action, subject, detail);
	}

	/**
	 * Records an action by the given actor, for recording many at once with the actor
	 * looked up once ({@link #actor()}).
	 */
	void record(String actor, String action, String subject, String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), actor, action, subject, detail));
	}

	/**
	 * Records many actions by the given actor at once, all at the same time, in batches
	 * rather than a round trip each: for an import that records one entry per person.
	 */
	void recordAll(String actor, List<Entry> entries) {
		Instant now = this.clock.instant();
		this.inserts.insertAll(entries.stream()
			.map((entry) -> new AuditEvent(now, actor, entry.action(), entry.subject(), entry.detail()))
			.toList());
	}

	/** One action to record with {@link #recordAll}. */
	record Entry(String action, String subject, String detail) {
	}

	/**
	 * Records something Servewell did on its own, outside any person's action, such as
	 * locking sign-in after repeated wrong passwords. The actor is "Servewell".
	 */
	@Transactional
	public void recordBySystem(String action, String subject, String detail) {
		this.events.save(new AuditEvent(this.clock.instant(), SYSTEM, action, subject, detail));
	}

	/** The newest entries, optionally only those about one subject, newest first. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<AuditEntry> recent(String subject, int limit) {
		PageRequest page = PageRequest.of(0, Math.clamp(limit, 1, MAX_ENTRIES));
		List<AuditEvent> found = (subject == null || subject.isBlank())
				? this.events.findByOrderByOccurredAtDescIdDesc(page)
				: this.events.findBySubjectOrderByOccurredAtDescIdDesc(subject, page);
		return found.stream().map(AuditTrail::entry).toList();
	}

	/**
	 * One page of the entries about any subject that match the filter, newest first.
	 * @param page 0 for the newest
	 * @param pageSize entries a page, at most {@value #MAX_ENTRIES}
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<AuditEntry> search(@NotNull @Valid AuditFilter filter, int page, int pageSize) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.clamp(pageSize, 1, MAX_ENTRIES),
				Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
		return this.events.findAll(matching(filter), request).stream().map(AuditTrail::entry).toList();
	}

	/** How many entries match the filter. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public long count(@NotNull @Valid AuditFilter filter) {
		return this.events.count(matching(filter));
	}

	/** The kinds of action recorded so far, in alphabetical order, to filter by. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<String> actions() {
		return this.events.findActions();
	}

	private static Specification<AuditEvent> matching(AuditFilter filter) {
		return AuditEventRepository.matching(given(filter.action()), given(filter.subject()), given(filter.person()),
				filter.from(), filter.until());
	}

	private static String given(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static AuditEntry entry(AuditEvent event) {
		return new AuditEntry(event.getOccurredAt(), event.getActor(), event.getAction(), event.getSubject(),
				event.getDetail());
	}

	/** The signed-in person as the trail names them. */
	String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return SYSTEM;
		}
		String email = authentication.getName();
		return this.people.staffByEmail(email).map((member) -> member.displayName() + " <" + email + ">").orElse(email);
	}

}
