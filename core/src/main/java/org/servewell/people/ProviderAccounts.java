package org.servewell.people;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;

import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	ProviderAccounts(PersonRepository people, PeopleService peopleService, ApplicationEventPublisher events) {
		this.people = people;
		this.peopleService = peopleService;
		this.events = events;
	}

	/**
	 * Decides whether the person the provider vouches for may come in: a verified email
	 * that an enabled person has, or, for nobody, one in a domain that allows creating a
	 * learner just in time (who then gets what the assignment rules give a new person).
	 * When the provider's roles claim is mapped ({@link ProviderIdentity#roles()}), the
	 * person's roles become the mapped ones, Learner for none, except that the last
	 * enabled administrator keeps that role.
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
		if (known != null && !known.isEnabled()) {
			return new ProviderSignIn(ProviderSignIn.Outcome.DISABLED, email, null);
		}
		if (known == null && !domains(creatingDomains).contains(domain(email))) {
			return new ProviderSignIn(ProviderSignIn.Outcome.UNKNOWN, email, null);
		}
		ProviderSignIn.Outcome outcome = (known != null) ? ProviderSignIn.Outcome.SIGNED_IN
				: ProviderSignIn.Outcome.CREATED;
		Person person = (known != null) ? known
				: this.peopleService.createLearnerForSignIn(email, displayName(identity, email));
		ProviderSignIn.RolesFromProvider roles = (identity.roles() != null) ? setRoles(person, identity.roles()) : null;
		return new ProviderSignIn(outcome, email, signedIn(person), roles);
	}

	/**
	 * Gives the person the roles the provider's claim maps to (Learner for none); null
	 * when they already have them.
	 */
	private ProviderSignIn.RolesFromProvider setRoles(Person person, Set<Role> mapped) {
		Set<Role> before = person.getRoles();
		Set<Role> after = mapped.isEmpty() ? EnumSet.of(Role.LEARNER) : EnumSet.copyOf(mapped);
		boolean administratorKept = before.contains(Role.ADMIN) && !after.contains(Role.ADMIN)
				&& this.people.countEnabledWithRole(Role.ADMIN) <= 1;
		if (administratorKept) {
			after.add(Role.ADMIN);
		}
		if (after.equals(before)) {
			return administratorKept ? new ProviderSignIn.RolesFromProvider(before, after, true) : null;
		}
		person.setRoles(after);
		this.people.flush();
		this.events.publishEvent(new PersonAccessChanged(person.getId(), person.getEmail()));
		this.events.publishEvent(new PersonSaved(person.getId()));
		return new ProviderSignIn.RolesFromProvider(before, after, administratorKept);
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
