package org.servewell.people;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who single sign-on lets in: the person with the provider's verified email, unless
 * disabled; nobody for an unverified email; for an unknown email, a new learner only in a
 * domain that allows it. Subclasses choose the database.
 */
@SpringBootTest
@Transactional
@RecordApplicationEvents
abstract class ProviderAccountsTests {

	private static final List<String> CREATING_DOMAINS = List.of("jit.example.org", " @Other.example.org ");

	@Autowired
	ProviderAccounts accounts;

	@Autowired
	PeopleService people;

	@Autowired
	ApplicationEvents events;

	@Test
	void known_person_with_a_verified_email_signs_in_as_themself_whatever_the_case_of_the_email() {
		PersonDetails known = person("known-" + UUID.randomUUID() + "@example.org", true, Role.TRAINER);

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(known.email().toUpperCase(), true, "Kim"),
				CREATING_DOMAINS);

		assertThat(decision.outcome()).isEqualTo(ProviderSignIn.Outcome.SIGNED_IN);
		assertThat(decision.person().id()).isEqualTo(known.id());
		assertThat(decision.person().email()).isEqualTo(known.email());
		assertThat(decision.person().roles()).containsExactly(Role.TRAINER);
	}

	@Test
	void known_person_whose_email_the_provider_did_not_verify_is_refused() {
		PersonDetails known = person("unverified-" + UUID.randomUUID() + "@example.org", true, Role.LEARNER);

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(known.email(), false, "Uma"),
				CREATING_DOMAINS);

		assertThat(decision.outcome()).isEqualTo(ProviderSignIn.Outcome.EMAIL_NOT_VERIFIED);
		assertThat(decision.admitted()).isFalse();
		assertThat(decision.person()).isNull();
	}

	@Test
	void disabled_person_is_refused_even_with_a_verified_email() {
		PersonDetails disabled = person("disabled-" + UUID.randomUUID() + "@example.org", false, Role.LEARNER);

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(disabled.email(), true, "Dee"),
				CREATING_DOMAINS);

		assertThat(decision.outcome()).isEqualTo(ProviderSignIn.Outcome.DISABLED);
		assertThat(decision.admitted()).isFalse();
	}

	@Test
	void unknown_person_outside_the_creating_domains_is_refused_and_nobody_is_created() {
		String email = "stranger-" + UUID.randomUUID() + "@elsewhere.example.org";

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(email, true, "Stranger"), CREATING_DOMAINS);

		assertThat(decision.outcome()).isEqualTo(ProviderSignIn.Outcome.UNKNOWN);
		assertNobodyHas(email);
	}

	@Test
	void unknown_person_is_not_created_when_no_domain_allows_it() {
		String email = "new-" + UUID.randomUUID() + "@jit.example.org";

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(email, true, "New"), List.of());

		assertThat(decision.outcome()).isEqualTo(ProviderSignIn.Outcome.UNKNOWN);
		assertNobodyHas(email);
	}

	@Test
	void unknown_person_with_an_unverified_email_in_a_creating_domain_is_refused_and_nobody_is_created() {
		String email = "unverified-" + UUID.randomUUID() + "@jit.example.org";

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(email, false, "Una"), CREATING_DOMAINS);

		assertThat(decision.outcome()).isEqualTo(ProviderSignIn.Outcome.EMAIL_NOT_VERIFIED);
		assertNobodyHas(email);
	}

	@Test
	void unknown_person_in_a_creating_domain_becomes_a_learner_saved_as_a_person_created_by_hand() {
		String email = "Jit-" + UUID.randomUUID() + "@OTHER.example.org";

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(email, true, "  Jo Jit  "),
				CREATING_DOMAINS);

		assertThat(decision.outcome()).isEqualTo(ProviderSignIn.Outcome.CREATED);
		assertThat(decision.person().email()).isEqualTo(email.toLowerCase(Locale.ROOT));
		assertThat(decision.person().displayName()).isEqualTo("Jo Jit");
		assertThat(decision.person().roles()).containsExactly(Role.LEARNER);
		PersonDetails created = SignedIn.as(PeopleServiceTests.ADMIN,
				() -> this.people.getPerson(decision.person().id()), Roles.ADMIN);
		assertThat(created.enabled()).isTrue();
		// The event on which the assignment rules act, as for a person saved by hand.
		assertThat(this.events.stream(PersonSaved.class)).extracting(PersonSaved::personId)
			.containsExactly(created.id());
	}

	@Test
	void person_created_just_in_time_without_a_name_from_the_provider_is_named_by_their_email() {
		String email = "nameless-" + UUID.randomUUID() + "@jit.example.org";

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(email, true, null), CREATING_DOMAINS);

		assertThat(decision.person().displayName()).isEqualTo(email.substring(0, email.indexOf('@')));
	}

	@Test
	void known_person_gets_the_roles_the_providers_claim_maps_to_and_their_old_sessions_end() {
		PersonDetails known = person("mapped-" + UUID.randomUUID() + "@example.org", true, Role.TRAINER);

		ProviderSignIn decision = this.accounts
			.signIn(new ProviderIdentity(known.email(), true, "Max", Set.of(Role.HR, Role.MANAGER)), CREATING_DOMAINS);

		assertThat(decision.outcome()).isEqualTo(ProviderSignIn.Outcome.SIGNED_IN);
		assertThat(decision.person().roles()).containsExactlyInAnyOrder(Role.HR, Role.MANAGER);
		assertThat(decision.roles().before()).containsExactly(Role.TRAINER);
		assertThat(decision.roles().after()).containsExactlyInAnyOrder(Role.HR, Role.MANAGER);
		assertThat(rolesOf(known.id())).containsExactlyInAnyOrder(Role.HR, Role.MANAGER);
		assertThat(this.events.stream(PersonAccessChanged.class)).extracting(PersonAccessChanged::personId)
			.containsExactly(known.id());
	}

	@Test
	void person_removed_from_every_mapped_group_becomes_a_learner() {
		PersonDetails known = person("unmapped-" + UUID.randomUUID() + "@example.org", true, Role.HR);

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(known.email(), true, "Ulla", Set.of()),
				CREATING_DOMAINS);

		assertThat(decision.person().roles()).containsExactly(Role.LEARNER);
		assertThat(rolesOf(known.id())).containsExactly(Role.LEARNER);
	}

	@Test
	void without_a_roles_claim_mapping_the_roles_stay_as_servewell_has_them() {
		PersonDetails known = person("managed-" + UUID.randomUUID() + "@example.org", true, Role.TRAINER);

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(known.email(), true, "Mo"),
				CREATING_DOMAINS);

		assertThat(decision.roles()).isNull();
		assertThat(rolesOf(known.id())).containsExactly(Role.TRAINER);
		assertThat(this.events.stream(PersonAccessChanged.class)).isEmpty();
	}

	@Test
	void the_same_roles_again_change_nothing() {
		PersonDetails known = person("same-" + UUID.randomUUID() + "@example.org", true, Role.TRAINER);

		ProviderSignIn decision = this.accounts
			.signIn(new ProviderIdentity(known.email(), true, "Sam", Set.of(Role.TRAINER)), CREATING_DOMAINS);

		assertThat(decision.roles()).isNull();
		assertThat(this.events.stream(PersonAccessChanged.class)).isEmpty();
	}

	@Test
	void the_last_enabled_administrator_keeps_the_role_when_the_claim_would_take_it() {
		List<PersonDetails> administrators = SignedIn.as(PeopleServiceTests.ADMIN, this.people::listPeople, Roles.ADMIN)
			.stream()
			.filter((person) -> person.enabled() && person.roles().contains(Role.ADMIN))
			.toList();
		for (PersonDetails other : administrators.subList(1, administrators.size())) {
			this.accounts.signIn(new ProviderIdentity(other.email(), true, "Other", Set.of()), CREATING_DOMAINS);
		}
		PersonDetails last = administrators.get(0);

		ProviderSignIn decision = this.accounts
			.signIn(new ProviderIdentity(last.email(), true, "Last", Set.of(Role.TRAINER)), CREATING_DOMAINS);

		assertThat(decision.roles().administratorKept()).isTrue();
		assertThat(decision.person().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.TRAINER);
		assertThat(rolesOf(last.id())).contains(Role.ADMIN);
	}

	@Test
	void person_created_just_in_time_gets_the_mapped_roles() {
		String email = "jit-mapped-" + UUID.randomUUID() + "@jit.example.org";

		ProviderSignIn decision = this.accounts.signIn(new ProviderIdentity(email, true, "Tia", Set.of(Role.TRAINER)),
				CREATING_DOMAINS);

		assertThat(decision.outcome()).isEqualTo(ProviderSignIn.Outcome.CREATED);
		assertThat(decision.person().roles()).containsExactly(Role.TRAINER);
	}

	private Set<Role> rolesOf(long id) {
		return SignedIn.as(PeopleServiceTests.ADMIN, () -> this.people.getPerson(id), Roles.ADMIN).roles();
	}

	private void assertNobodyHas(String email) {
		assertThat(SignedIn.as(PeopleServiceTests.ADMIN, this.people::listPeople, Roles.ADMIN))
			.extracting(PersonDetails::email)
			.doesNotContain(email);
		assertThat(this.events.stream(PersonSaved.class)).isEmpty();
	}

	private PersonDetails person(String email, boolean enabled, Role role) {
		return SignedIn.as(PeopleServiceTests.ADMIN,
				() -> this.people.createPerson(
						new PersonForm(email, "Someone", Set.of(role), null, null, null, null, enabled, null),
						"a perfectly fine password"),
				Roles.ADMIN);
	}

}
