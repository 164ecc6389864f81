package org.servewell.learning;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.people.SignedInPerson;
import org.servewell.shared.Languages;
import org.servewell.shared.Said;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates: the learner downloads their own (HR and administrators anyone's) until it
 * is withdrawn; anyone may check a verification code, and learns only for whom it was
 * issued and whether it is valid, expired or withdrawn.
 */
@Service
public class CertificateService {

	private final CompletionRepository completions;

	private final PeopleService people;

	private final Clock clock;

	private final String verificationUrl;

	private final Languages languages;

	private final CourseBank bank;

	CertificateService(CompletionRepository completions, PeopleService people, Clock clock, CourseBank bank,
			@Value("${servewell.public-url:http://localhost:8080}") String publicUrl, Languages languages) {
		this.completions = completions;
		this.people = people;
		this.clock = clock;
		this.languages = languages;
		this.bank = bank;
		this.verificationUrl = publicUrl.replaceAll("/+$", "") + "/verify";
	}

	/**
	 * The certificate of a completion as PDF, in {@code language} when Servewell writes
	 * it (otherwise, or for null, in {@code servewell.default-language}); refused as not
	 * found unless it is the caller's or the caller is HR.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public CertificateFile certificate(long completionId, Locale language) {
		Completion completion = readable(completionId);
		if (completion.isWithdrawn()) {
			throw new CertificateWithdrawnException(new Said("learning.certificate-withdrawn",
					OffsetDateTime.ofInstant(completion.getWithdrawnAt(), ZoneOffset.UTC)));
		}
		Locale written = this.languages.forPerson(language);
		byte[] pdf = CertificatePdf.render(new CertificateDocument(completion.getLearnerName(),
				achievement(completion, written), completedOn(completion), completion.getScorePercent(),
				completion.getCertificateNumber(), completion.getVerificationCode(), this.verificationUrl, written));
		return new CertificateFile(
				"servewell-certificate-" + completion.getCertificateNumber().toLowerCase(Locale.ROOT) + ".pdf", pdf);
	}

	/**
	 * The certificate's number and verification code, shown beside the download; refused
	 * as not found unless it is the caller's or the caller is HR.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public CertificateSummary summary(long completionId) {
		Completion completion = readable(completionId);
		return new CertificateSummary(completion.getCertificateNumber(), completion.getVerificationCode(),
				this.verificationUrl);
	}

	/**
	 * What the certificate is for: the course's title in the certificate's language when
	 * the completed version is translated into it, otherwise as recorded at completion.
	 */
	private String achievement(Completion completion, Locale written) {
		if (completion.getCourseVersionId() == null) {
			return completion.getAchievement();
		}
		BankVersion version = this.bank.version(completion.getCourseVersionId());
		BankVersion read = version.in(written);
		return (read == version) ? completion.getAchievement() : read.title();
	}

	private Completion readable(long completionId) {
		SignedInPerson me = this.people.currentPerson()
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.sign-in-for-certificates")));
		return this.completions.findById(completionId)
			.filter((found) -> found.getPersonId() == me.id() || me.hasRole(Role.HR) || me.hasRole(Role.ADMIN))
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.certificate-missing")));
	}

	/**
	 * Whether a verification code belongs to a certificate, for whom, and whether it
	 * still stands (valid, expired or withdrawn, with the day). Open to everyone.
	 */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public Optional<VerifiedCertificate> verify(String code) {
		if (code == null || code.isBlank() || code.length() > LearningLimits.VERIFICATION_CODE_INPUT_LENGTH) {
			return Optional.empty();
		}
		return this.completions.findByVerificationCode(code.strip().toUpperCase(Locale.ROOT)).map(this::verified);
	}

	private VerifiedCertificate verified(Completion completion) {
		LocalDate today = LocalDate.now(this.clock);
		VerifiedCertificate.Status status;
		LocalDate endedOn;
		if (completion.isWithdrawn()) {
			status = VerifiedCertificate.Status.WITHDRAWN;
			endedOn = LocalDate.ofInstant(completion.getWithdrawnAt(), this.clock.getZone());
		}
		else if (completion.isExpiredOn(today)) {
			status = VerifiedCertificate.Status.EXPIRED;
			endedOn = completion.getExpiresOn();
		}
		else {
			status = VerifiedCertificate.Status.VALID;
			endedOn = null;
		}
		return new VerifiedCertificate(completion.getLearnerName(), completion.getAchievement(),
				completedOn(completion), status, endedOn);
	}

	private LocalDate completedOn(Completion completion) {
		ZoneId zone = this.clock.getZone();
		return LocalDate.ofInstant(completion.getCompletedAt(), zone);
	}

}
