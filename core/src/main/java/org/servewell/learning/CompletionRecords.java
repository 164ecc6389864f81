package org.servewell.learning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.people.Roles;
import org.servewell.shared.ResultPage;
import org.servewell.shared.Said;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completions and certificates for HR and administrators, filtered by person, course and
 * time, counted and paged in the database, oldest first (then by id, so that pages stay
 * stable), so that another system can read them incrementally ("everything that changed
 * since my last read"). A completion changes when it is recorded, when its certificate
 * expires and when it is withdrawn: an expired or withdrawn one is reported as such, so a
 * reader sees the certificate lapse or withdrawn.
 */
@Service
public class CompletionRecords {

	private static final Sort OLDEST_FIRST = Sort.by("completedAt", "id");

	private final CompletionRepository completions;

	private final CourseBank bank;

	private final Clock clock;

	CompletionRecords(CompletionRepository completions, CourseBank bank, Clock clock) {
		this.completions = completions;
		this.bank = bank;
		this.clock = clock;
	}

	/**
	 * One page of the completions matching every filter given (null leaves it out), by
	 * when they were completed and then by id: a person, a course code, and changed at or
	 * after {@code changedSince} (completed then, withdrawn then, or expired then: on a
	 * day from the first that starts at or after it up to today). An unknown course is
	 * refused as not found.
	 * @param page the page number, from 0
	 * @param size the most completions a page holds, at least 1
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public ResultPage<CompletionRecord> page(Long personId, String courseCode, Instant changedSince, int page,
			int size) {
		Long courseId = (courseCode == null) ? null : this.bank.courseId(courseCode)
			.orElseThrow(
					() -> new LearningNotFoundException(new Said("learning.completions-course-missing", courseCode)));
		LocalDate today = LocalDate.now(this.clock);
		Specification<Completion> matching = Specification.allOf(
				(root, query, cb) -> (personId == null) ? null : cb.equal(root.get("personId"), personId),
				(root, query, cb) -> (courseId == null) ? null : cb.equal(root.get("courseId"), courseId),
				(root, query, cb) -> (changedSince == null) ? null
						: cb.or(cb.greaterThanOrEqualTo(root.<Instant>get("completedAt"), changedSince),
								cb.between(root.<LocalDate>get("expiresOn"), firstDayFrom(changedSince), today),
								cb.greaterThanOrEqualTo(root.<Instant>get("withdrawnAt"), changedSince)));
		Page<Completion> found = this.completions.findAll(matching, PageRequest.of(page, size, OLDEST_FIRST));
		return new ResultPage<>(found.map((completion) -> record(completion, today)).getContent(), page, size,
				found.getTotalElements());
	}

	/** The first day that starts at or after the moment, in the clock's zone. */
	private LocalDate firstDayFrom(Instant moment) {
		ZonedDateTime at = moment.atZone(this.clock.getZone());
		LocalDate day = at.toLocalDate();
		return at.equals(day.atStartOfDay(this.clock.getZone())) ? day : day.plusDays(1);
	}

	private CompletionRecord record(Completion completion, LocalDate today) {
		String courseCode = Optional.ofNullable(completion.getCourseId())
			.flatMap(this.bank::newestVersion)
			.map(BankVersion::courseCode)
			.orElse(null);
		String pathCode = Optional.ofNullable(completion.getPathId())
			.flatMap(this.bank::path)
			.map(BankPath::code)
			.orElse(null);
		boolean expired = completion.isExpiredOn(today);
		Instant changedAt = completion.isWithdrawn() ? completion.getWithdrawnAt()
				: expired ? completion.getExpiresOn().atStartOfDay(this.clock.getZone()).toInstant()
						: completion.getCompletedAt();
		return new CompletionRecord(completion.getId(), completion.getPersonId(), completion.getLearnerName(),
				courseCode, pathCode, completion.getAchievement(), completion.getCompletedAt(),
				completion.getScorePercent(), completion.getExpiresOn(), completion.getCertificateNumber(),
				completion.getVerificationCode(), expired, completion.getWithdrawnAt(), changedAt);
	}

}
