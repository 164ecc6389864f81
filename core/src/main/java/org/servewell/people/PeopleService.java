package org.servewell.people;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Valid;

import org.servewell.people.domain.Department;
import org.servewell.people.domain.DepartmentRepository;
import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;
import org.servewell.shared.Said;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Who can use Servewell: administrators list, create, change and disable people; everyone
 * can see who they are.
 */
@Service
@Validated
public class PeopleService {

	private final PersonRepository people;

	private final DepartmentRepository departments;

	private final PasswordEncoder passwordEncoder;

	private final ApplicationEventPublisher events;

	private final PasswordLinks passwordLinks;

	private final Map<String, KnownSignIn> signIns = new ConcurrentHashMap<>();

	PeopleService(PersonRepository people, DepartmentRepository departments, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, PasswordLinks passwordLinks) {
		this.people = people;
		this.departments = departments;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.passwordLinks = passwordLinks;
	}

	/**
	 * The signed-in person's id. Remembered for the sign-in it was looked up under (the
	 * same authentication, which the session keeps on this instance), so that hot paths
	 * such as saving a quiz answer need no database lookup. A new sign-in, on this
	 * instance or another, looks the id up again: a sign-in name that another instance
	 * gave to someone else is never answered with the previous holder's id.
	 */
	@PreAuthorize(Roles.SIGNED_IN)
	public Optional<Long> currentPersonId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Optional<String> email = currentEmail();
		if (email.isEmpty()) {
			return Optional.empty();
		}
		KnownSignIn known = this.signIns.get(email.get());
		if (known != null && known.authentication() == authentication) {
			return Optional.of(known.personId());
		}
		Optional<Long> id = this.people.findByEmail(email.get()).map(Person::getId);
		id.ifPresent((found) -> this.signIns.put(email.get(), new KnownSignIn(authentication, found)));
		return id;
	}

	// Forgotten when the change is made and again once it is committed: a lookup running
	// meanwhile may still read the old row and remember it, and must not outlive the
	// commit. The other instances forget it when their poll reads the committed change, a
	// few seconds later, as they end the sessions the entry was for (decision 0022).
	@EventListener
	void forget(PersonAccessChanged event) {
		this.signIns.remove(event.previousEmail());
	}

	@TransactionalEventListener(fallbackExecution = true)
	void forgetAfterCommit(PersonAccessChanged event) {
		this.signIns.remove(event.previousEmail());
	}

	@EventListener
	void forgetOnEveryInstance(PersonAccessChangeCommitted event) {
		this.signIns.remove(event.previousEmail());
	}

	/** The signed-in person, if the caller is signed in as someone Servewell knows. */
	@PreAuthorize(Roles.SIGNED_IN)
	@Transactional(readOnly = true)
	public Optional<SignedInPerson> currentPerson() {
		return currentEmail().flatMap(this.people::findByEmail)
			.map((person) -> new SignedInPerson(person.getId(), person.getEmail(), person.getDisplayName(),
					person.getRoles()));
	}

	/**
	 * The roles the signed-in person may give to others: administrators any, HR only
	 * staff roles.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	public Set<Role> assignableRoles() {
		return PeopleRules.assignableBy(currentRoles());
	}

	/** Everyone, by name, for the people and employee lists. */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public List<PersonDetails> listPeople() {
		return this.people.findAllForListing().stream().map(PeopleService::details).toList();
	}

	/** One person, for editing. */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public PersonDetails getPerson(long id) {
		return details(find(id));
	}

	/** The people who can be chosen as someone's manager. */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional(readOnly = true)
	public List<PersonChoice> listManagerChoices() {
		return this.people.findAllForListing()
			.stream()
			.filter(Person::isEnabled)
			.map((person) -> new PersonChoice(person.getId(), person.getDisplayName(), person.getEmail()))
			.toList();
	}

	/**
	 * Everyone who can sign in, to pick from, for example when assigning a course by
	 * hand.
	 */
	@PreAuthorize(Roles.TRAINER_HR_OR_ADMIN)
	@Transactional(readOnly = true)
	public List<PersonChoice> listPersonChoices() {
		return listManagerChoices();
	}

	/** Department names, alphabetically. */
	@PreAuthorize(Roles.TRAINER_HR_OR_ADMIN)
	@Transactional(readOnly = true)
	public List<String> listDepartments() {
		return this.departments.findAllByOrderByNameAsc().stream().map(Department::getName).toList();
	}

	/** Creates a person who signs in with the given email and initial password. */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public PersonDetails createPerson(@Valid PersonForm form, String initialPassword) {
		// Never null here: only createPersonWithLink makes someone without a password.
		return details(create(form, (initialPassword != null) ? initialPassword : ""));
	}

	/**
	 * Creates a person with no password yet and a one-time link with which they set their
	 * own, such as a new hire.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public NewPerson createPersonWithLink(@Valid PersonForm form) {
		Person person = create(form, null);
		String token = this.passwordLinks.issue(person);
		return new NewPerson(details(person), token, this.passwordLinks.link(token));
	}

	/** Creates a person; with no password when {@code initialPassword} is null. */
	private Person create(PersonForm form, String initialPassword) {
		String email = PeopleRules.normalizeEmail(form.email());
		if (this.people.existsByEmail(email)) {
			throw new InvalidPersonException("email", new Said("people.email-taken", email));
		}
		if (initialPassword != null) {
			PeopleRules.checkPassword(initialPassword, email);
		}
		PeopleRules.checkGrant(currentRoles(), Set.of(), form.roles());
		Person person = new Person(email, form.displayName().strip());
		person.setPasswordHash((initialPassword != null) ? this.passwordEncoder.encode(initialPassword) : null);
		return saveNew(person, form);
	}

	/**
	 * Creates a learner, with no password, whom the organisation's single sign-on vouches
	 * for. Saved as a person created by hand is, so the assignment rules apply. Not open
	 * to callers outside: {@link ProviderAccounts} calls it once it has checked that the
	 * email's domain allows it.
	 */
	Person createLearnerForSignIn(String email, String displayName) {
		return saveNew(new Person(email, displayName),
				new PersonForm(email, displayName, Set.of(Role.LEARNER), null, null, null, null, true, null));
	}

	private Person saveNew(Person person, PersonForm form) {
		apply(person, form);
		Person saved = this.people.save(person);
		this.events.publishEvent(new PersonSaved(saved.getId()));
		return saved;
	}

	/**
	 * Changes a person. Refused when someone else saved the person since {@code version}
	 * was read, so that nothing is silently overwritten.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public PersonDetails updatePerson(long id, long version, @Valid PersonForm form) {
		return updatePerson(id, version, form, null);
	}

	/**
	 * Changes a person and, when {@code newPassword} is not empty, their password, all or
	 * nothing. Refused when someone else saved the person since {@code version} was read.
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public PersonDetails updatePerson(long id, long version, @Valid PersonForm form, String newPassword) {
		Person person = find(id);
		if (person.getVersion() != version) {
			throw new StaleEditException(new Said("people.person-stale", person.getDisplayName()));
		}
		String email = PeopleRules.normalizeEmail(form.email());
		if (!email.equals(person.getEmail()) && this.people.existsByEmail(email)) {
			throw new InvalidPersonException("email", new Said("people.email-taken", email));
		}
		PeopleRules.checkGrant(currentRoles(), person.getRoles(), form.roles());
		boolean editingSelf = currentEmail().map(person.getEmail()::equals).orElse(false);
		PeopleRules.checkSelfEdit(editingSelf, form.enabled(), form.roles());
		String previousEmail = person.getEmail();
		boolean accessChanged = !email.equals(previousEmail) || person.isEnabled() != form.enabled()
				|| !person.getRoles().equals(new HashSet<>(form.roles()));
		boolean passwordChanged = newPassword != null && !newPassword.isEmpty();
		if (passwordChanged) {
			PeopleRules.checkPassword(newPassword, email);
		}
		person.setEmail(email);
		person.setDisplayName(form.displayName().strip());
		apply(person, form);
		if (passwordChanged) {
			person.setPasswordHash(this.passwordEncoder.encode(newPassword));
		}
		this.people.flush();
		if (this.people.countEnabledWithRole(Role.ADMIN) == 0) {
			throw new InvalidPersonException("roles", new Said("people.last-administrator"));
		}
		if (accessChanged || passwordChanged) {
			this.events.publishEvent(new PersonAccessChanged(person.getId(), previousEmail));
		}
		this.events.publishEvent(new PersonSaved(person.getId()));
		return details(person);
	}

	private void apply(Person person, PersonForm form) {
		String employeeNumber = PeopleRules.optional(form.employeeNumber());
		if (employeeNumber != null && !employeeNumber.equals(person.getEmployeeNumber())) {
			this.people.findByEmployeeNumber(employeeNumber).ifPresent((holder) -> {
				throw new InvalidPersonException("employeeNumber",
						new Said("people.employee-number-taken", employeeNumber, holder.getDisplayName()));
			});
		}
		person.setEmployeeNumber(employeeNumber);
		person.setRoles(form.roles());
		person.setEnabled(form.enabled());
		person.setJobRole(PeopleRules.optional(form.jobRole()));
		person.setStartDate(form.startDate());
		person.setDepartment(department(form.department()));
		person.setManager(manager(person, form.managerId()));
	}

	private Department department(String name) {
		String trimmed = PeopleRules.optional(name);
		if (trimmed == null) {
			return null;
		}
		return this.departments.findByNameIgnoreCase(trimmed)
			.orElseGet(() -> this.departments.save(new Department(trimmed)));
	}

	private Person manager(Person person, Long managerId) {
		if (managerId == null) {
			return null;
		}
		if (Objects.equals(managerId, person.getId())) {
			throw new InvalidPersonException("managerId", new Said("people.own-manager"));
		}
		Person manager = this.people.findById(managerId)
			.orElseThrow(() -> new InvalidPersonException("managerId", new Said("people.manager-gone")));
		Set<Long> seen = new HashSet<>();
		for (Person above = manager; above != null && seen.add(above.getId()); above = above.getManager()) {
			if (person.getId() != null && person.getId().equals(above.getId())) {
				throw new InvalidPersonException("managerId",
						new Said("people.manager-cycle", manager.getDisplayName(), person.getDisplayName()));
			}
		}
		return manager;
	}

	private Person find(long id) {
		return this.people.findById(id).orElseThrow(() -> new PersonNotFoundException(id));
	}

	private static Set<Role> currentRoles() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (authentication != null) {
			for (Role role : Role.values()) {
				if (authentication.getAuthorities()
					.stream()
					.anyMatch((authority) -> ("ROLE_" + role.name()).equals(authority.getAuthority()))) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

	static Optional<String> currentEmail() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.isAuthenticated())
				? Optional.of(PeopleRules.normalizeEmail(authentication.getName())) : Optional.empty();
	}

	/** The id a sign-in resolved to; one per sign-in name, the latest sign-in's. */
	private record KnownSignIn(Authentication authentication, long personId) {
	}

	static PersonDetails details(Person person) {
		Person manager = person.getManager();
		return new PersonDetails(person.getId(), person.getVersion(), person.getEmail(), person.getDisplayName(),
				person.isEnabled(), person.getRoles(),
				(person.getDepartment() != null) ? person.getDepartment().getName() : null, person.getJobRole(),
				person.getStartDate(), (manager != null) ? manager.getId() : null,
				(manager != null) ? manager.getDisplayName() : null, person.getEmployeeNumber(), person.getUpdatedAt());
	}

}
