package org.servewell.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.people.Roles;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completions as credentials read them: the learner's own (HR's and administrators' any)
 * with what was achieved, and, for anyone, which completions are withdrawn, which a
 * public status list tells without naming anyone.
 */
@Service
public class IssuedCompletions {

	private final CompletionRepository completions;

	private final ReadableCompletions readable;

	private final PeopleDirectory directory;

	private final CourseBank bank;

	IssuedCompletions(CompletionRepository completions, ReadableCompletions readable, PeopleDirectory directory,
			CourseBank bank) {
		this.completions = completions;
		this.readable = readable;
		this.directory = directory;
		this.bank = bank;
	}

	/**
	 * A completion the caller may read (their own; HR and administrators any), with the
	 * course's words in {@code language} where the version is translated into it.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public IssuedCompletion issued(long completionId, Locale language) {
		Completion completion = this.readable.readable(completionId);
		String email = this.directory.staff(completion.getPersonId()).map(StaffMember::email).orElse(null);
		BankVersion version = this.readable.version(completion, language);
		IssuedCompletion.Course course = (version != null) ? course(version) : null;
		String achievement = this.readable.achievement(completion, language);
		String pathCode = (completion.getPathId() != null)
				? this.bank.path(completion.getPathId()).map(BankPath::code).orElse(null) : null;
		return new IssuedCompletion(completion.getId(), completion.getPersonId(), email, course, pathCode, achievement,
				completion.getCompletedAt(), completion.getExpiresOn(), completion.getWithdrawnAt(),
				completion.getCertificateNumber());
	}

	/**
	 * A course version's achievement, in the version's own language, once somebody
	 * completed it: badges name it, and nothing is published that no badge names. Open to
	 * everyone.
	 */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public Optional<IssuedCompletion.Achievement> courseAchievement(String courseCode, int versionNumber) {
		return this.bank.version(courseCode, versionNumber)
			.filter((version) -> this.completions.existsByCourseVersionId(version.versionId()))
			.map((version) -> new IssuedCompletion.Achievement(version.title(), course(version), null));
	}

	/**
	 * An onboarding path's achievement, once somebody completed it. Open to everyone.
	 */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public Optional<IssuedCompletion.Achievement> pathAchievement(String pathCode) {
		return this.bank.paths()
			.stream()
			.filter((path) -> path.code().equals(pathCode) && this.completions.existsByPathId(path.id()))
			.findFirst()
			.map((path) -> new IssuedCompletion.Achievement(path.title(), null, path.code()));
	}

	/** Every withdrawn completion, for the public status list. Open to everyone. */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public List<Long> allWithdrawn() {
		return this.completions.findAllWithdrawnIds();
	}

	/**
	 * A completion's standing, for checking a credential that names it. Open to everyone:
	 * it says only whether and until when it counts.
	 */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public Optional<Standing> standing(long completionId) {
		return this.completions.findById(completionId)
			.map((completion) -> new Standing(completion.getExpiresOn(), completion.getWithdrawnAt()));
	}

	/**
	 * Whether a completion still counts.
	 *
	 * @param expiresOn the first day it no longer counts, or {@code null}
	 * @param withdrawnAt when it was withdrawn, or {@code null}
	 */
	public record Standing(LocalDate expiresOn, Instant withdrawnAt) {
	}

	private IssuedCompletion.Course course(BankVersion version) {
		Map<String, String> names = this.bank.traitNames();
		List<String> traits = version.scenarios()
			.stream()
			.flatMap((scenario) -> scenario.traits().stream())
			.distinct()
			.map((code) -> names.getOrDefault(code, code))
			.toList();
		return new IssuedCompletion.Course(version.courseCode(), version.versionNumber(), version.summary(),
				version.language(), version.lessons().size(), version.quiz().scenariosPerAttempt(),
				version.quiz().passMark(), traits);
	}

}
