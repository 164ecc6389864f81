package org.servewell.learning;

import java.util.Locale;

import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.Completion;
import org.servewell.learning.domain.CompletionRepository;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.SignedInPerson;
import org.servewell.shared.Said;

import org.springframework.stereotype.Component;

/**
 * The one rule for who reads a completion's certificate and badge (the learner, HR and
 * administrators; anyone else is told it does not exist), and what it is called in a
 * reader's language. Used inside the public services' transactions.
 */
@Component
class ReadableCompletions {

	private final CompletionRepository completions;

	private final PeopleService people;

	private final CourseBank bank;

	ReadableCompletions(CompletionRepository completions, PeopleService people, CourseBank bank) {
		this.completions = completions;
		this.people = people;
		this.bank = bank;
	}

	/** The completion, when the signed-in person may read it; otherwise not found. */
	Completion readable(long completionId) {
		SignedInPerson me = this.people.currentPerson()
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.sign-in-for-certificates")));
		return this.completions.findById(completionId)
			.filter((found) -> found.getPersonId() == me.id() || me.hasRole(Role.HR) || me.hasRole(Role.ADMIN))
			.orElseThrow(() -> new LearningNotFoundException(new Said("learning.certificate-missing")));
	}

	/**
	 * The version completed in {@code language} when it is translated into it, else as
	 * written; {@code null} for a path's completion.
	 */
	BankVersion version(Completion completion, Locale language) {
		return (completion.getCourseVersionId() != null)
				? this.bank.version(completion.getCourseVersionId()).in(language) : null;
	}

	/**
	 * What the completion is for: the course's title in {@code language} when the
	 * completed version is translated into it, otherwise as recorded at completion.
	 */
	String achievement(Completion completion, Locale language) {
		if (completion.getCourseVersionId() == null) {
			return completion.getAchievement();
		}
		BankVersion version = this.bank.version(completion.getCourseVersionId());
		BankVersion read = version.in(language);
		return (read == version) ? completion.getAchievement() : read.title();
	}

}
