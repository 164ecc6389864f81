package org.servewell.people;

import java.util.Locale;
import java.util.Optional;

import org.servewell.people.domain.PersonRepository;
import org.servewell.shared.Languages;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language a person chose for Servewell's screens. Each person reads and sets only
 * their own: the methods take no person, they act on whoever is signed in. Which
 * languages the screens offer is web's business; core keeps any well-formed language.
 */
@Service
public class LanguagePreference {

	private final PeopleService people;

	private final PersonRepository persons;

	LanguagePreference(PeopleService people, PersonRepository persons) {
		this.people = people;
		this.persons = persons;
	}

	/** The signed-in person's chosen language; empty while they follow the browser's. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public Optional<Locale> mine() {
		return this.people.currentPersonId().flatMap(this.persons::findPreferredLanguage).map(Languages::parse);
	}

	/**
	 * Sets the signed-in person's language, or with {@code null} goes back to following
	 * the browser's.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional
	public void chooseMine(Locale language) {
		String tag = (language != null) ? language.toLanguageTag() : null;
		if (language != null && (language.getLanguage().isEmpty() || tag.length() > PersonLimits.LANGUAGE_TAG_LENGTH)) {
			throw new InvalidPersonException("language", new Said("people.language-not-offered"));
		}
		long id = this.people.currentPersonId().orElseThrow(PersonNotFoundException::signedIn);
		this.persons.updatePreferredLanguage(id, tag);
	}

}
