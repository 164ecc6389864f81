package org.servewell.learning;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.people.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completions and certificates for HR and administrators, filtered by person, course and
 * time, oldest first, so that another system can read them incrementally ("everything
 * completed since my last read").
 */
@Service
public class CompletionRecords {

	private final CompletionRepository completions;

	private final CourseBank bank;

	CompletionRecords(CompletionRepository completions, CourseBank bank) {
		this.completions = completions;
		this.bank = bank;
	}

	/**
	 * Completions matching every filter given (null leaves it out), oldest first: a
	 * person, a course code, completed at or after {@code changedSince}. An unknown
	 * course is refused as not found.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public List<CompletionRecord> list(Long personId, String courseCode, Instant changedSince) {
		Long courseId = (courseCode == null) ? null : this.bank.courseId(courseCode)
			.orElseThrow(() -> new LearningNotFoundException("There is no course " + courseCode + "."));
		Predicate<Completion> matches = (completion) -> (personId == null || completion.getPersonId() == personId)
				&& (courseId == null || courseId.equals(completion.getCourseId()))
				&& (changedSince == null || !completion.getCompletedAt().isBefore(changedSince));
		List<Completion> found = (personId != null) ? this.completions.findByPersonIdOrderByCompletedAtDesc(personId)
				: (changedSince != null) ? this.completions.findByCompletedAtGreaterThanEqual(changedSince)
						: this.completions.findAll();
		return found.stream()
			.filter(matches)
			.sorted(Comparator.comparing(Completion::getCompletedAt).thenComparing(Completion::getId))
			.map(this::record)
			.toList();
	}

	private CompletionRecord record(Completion completion) {
		String courseCode = Optional.ofNullable(completion.getCourseId())
			.flatMap(this.bank::newestVersion)
			.map(BankVersion::courseCode)
			.orElse(null);
		String pathCode = Optional.ofNullable(completion.getPathId())
			.flatMap(this.bank::path)
			.map(BankPath::code)
			.orElse(null);
		return new CompletionRecord(completion.getId(), completion.getPersonId(), completion.getLearnerName(),
				courseCode, pathCode, completion.getAchievement(), completion.getCompletedAt(),
				completion.getScorePercent(), completion.getExpiresOn(), completion.getCertificateNumber(),
				completion.getVerificationCode());
	}

}
