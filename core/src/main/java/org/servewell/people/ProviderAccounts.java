package org.servewell.people;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matches a person signing in through the organisation's OpenID Connect provider to a
 * Servewell person, by verified email. Called during sign-in, before anyone is
 * authenticated, so it has no role check (as {@link SignInAccounts}); only the sign-in
 * filter reaches it.
 */
@Component
public class ProviderAccounts {

	private final PersonRepository people;

	private final PeopleService peopleService;

	ProviderAccounts(PersonRepository people, PeopleService peopleService) {
		this.people = people;
		this.peopleService = peopleService;
	}

	/**
	 * Decides whether the person the provider vouches for may come in: a verified email
	 * that an enabled person has, or, for nobody, one in a domain that allows creating a
	 * learner just in time (who then gets what the assignment rules give a new person).
	 * @param identity what the provider says
	 * @param creatingDomains the email domains in which an unknown person becomes a
	 * learner; empty for none
	 */
	@Transactional
	public ProviderSignIn signIn(ProviderIdentity identity, Collection<String> creatingDomains) {
		String email = PeopleRules.normalizeEmail(identity.email());
		if (!identity.emailVerified() || email.isEmpty()) {
			return new ProviderSignIn(ProviderSignIn.Outcome.EMAIL_NOT_VERIFIED, email, null);
		}
		Person known = this.people.findByEmail(email).orElse(null);
		if (known != null) {
			return known.isEnabled() ? new ProviderSignIn(ProviderSignIn.Outcome.SIGNED_IN, email, signedIn(known))
					: new ProviderSignIn(ProviderSignIn.Outcome.DISABLED, email, null);
		}
		if (!domains(creatingDomains).contains(domain(email))) {
			return new ProviderSignIn(ProviderSignIn.Outcome.UNKNOWN, email, null);
		}
		Person created = this.peopleService.createLearnerForSignIn(email, displayName(identity, email));
		return new ProviderSignIn(ProviderSignIn.Outcome.CREATED, email, signedIn(created));
	}

	private static SignedInPerson signedIn(Person person) {
		return new SignedInPerson(person.getId(), person.getEmail(), person.getDisplayName(), person.getRoles());
	}

	private static Set<String> domains(Collection<String> domains) {
		return domains.stream()
			.map((domain) -> domain.strip().toLowerCase(Locale.ROOT))
			.map((domain) -> domain.startsWith("@") ? domain.substring(1) : domain)
			.filter((domain) -> !domain.isEmpty())
			.collect(Collectors.toSet());
	}

	private static String domain(String email) {
		int at = email.lastIndexOf('@');
		return (at >= 0) ? email.substring(at + 1) : "";
	}

	/** The provider's name for the person, else the part of the email before the @. */
	private static String displayName(ProviderIdentity identity, String email) {
		String name = (identity.displayName() != null) ? identity.displayName().strip() : "";
		if (name.isEmpty()) {
			name = email.substring(0, Math.max(email.indexOf('@'), 0));
		}
		if (name.isEmpty()) {
			name = email;
		}
		return (name.length() > PersonLimits.DISPLAY_NAME_LENGTH) ? name.substring(0, PersonLimits.DISPLAY_NAME_LENGTH)
				: name;
	}

}
