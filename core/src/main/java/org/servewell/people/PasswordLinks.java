package org.servewell.people;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.servewell.people.domain.PasswordLink;
import org.servewell.people.domain.PasswordLinkRepository;
import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;
import org.servewell.shared.Said;
import org.servewell.shared.Sha256;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links with which a person sets their own password, so that no one else ever
 * knows it: HR creates one for a new hire and hands it over; it works once, within its
 * validity, and a newer link replaces older ones. Only a hash of the token is stored.
 */
@Service
public class PasswordLinks {

	/** Where the web application serves the page a link opens, followed by the token. */
	public static final String PATH = "set-password/";

	private static final SecureRandom random = new SecureRandom();

	private final PasswordLinkRepository links;

	private final PersonRepository people;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock;

	private final Duration validity;

	private final String linkBase;

	PasswordLinks(PasswordLinkRepository links, PersonRepository people, PasswordEncoder passwordEncoder, Clock clock,
			@Value("${servewell.password-link.valid-days:7}") int validDays,
			@Value("${servewell.public-url:http://localhost:8080}") String publicUrl) {
		this.links = links;
		this.people = people;
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
		if (validDays < 1) {
			throw new IllegalStateException("servewell.password-link.valid-days must be at least 1, not " + validDays);
		}
		this.validity = Duration.ofDays(validDays);
		this.linkBase = publicUrl.replaceAll("/+$", "") + "/" + PATH;
	}

	/**
	 * A new link for a person, replacing any unused older one.
	 * @return the token, to be shown once and put after {@link #PATH}
	 */
	@PreAuthorize(Roles.ADMIN_OR_HR)
	@Transactional
	public String issue(long personId) {
		Person person = this.people.findById(personId).orElseThrow(() -> new PersonNotFoundException(personId));
		return issue(person);
	}

	String issue(Person person) {
		Instant now = this.clock.instant();
		this.links.findByPersonAndUsedAtIsNull(person).forEach((older) -> older.used(now));
		long createdBy = PeopleService.currentEmail()
			.flatMap(this.people::findByEmail)
			.map(Person::getId)
			.orElseThrow(() -> new InvalidPersonException("password", new Said("people.sign-in")));
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.links.save(new PasswordLink(person, hash(token), createdBy, now, now.plus(this.validity)));
		return token;
	}

	/** The address a token's link opens, at the configured public address. */
	public String link(String token) {
		return this.linkBase + token;
	}

	/**
	 * Who a link is for, while it can be used; empty for an unknown, used or expired link
	 * (not told apart). Open to anyone: the token is the secret.
	 */
	@Transactional(readOnly = true)
	public Optional<LinkHolder> holder(String token) {
		return usable(token).map((link) -> new LinkHolder(link.getPerson().getDisplayName(),
				link.getPerson().getEmail(), link.getExpiresAt()));
	}

	/**
	 * Sets the password of the link's person and uses the link up. Open to anyone: the
	 * token is the secret.
	 * @throws InvalidPersonException when the link cannot be used or the password breaks
	 * a rule, changing nothing
	 */
	@Transactional
	public void setPassword(String token, String password) {
		PasswordLink link = usable(token)
			.orElseThrow(() -> new InvalidPersonException("link", new Said("people.password-link-used")));
		Person person = link.getPerson();
		PeopleRules.checkPassword(password, person.getEmail());
		person.setPasswordHash(this.passwordEncoder.encode(password));
		link.used(this.clock.instant());
	}

	private Optional<PasswordLink> usable(String token) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		return this.links.findByTokenHash(hash(token)).filter((link) -> link.isUsable(this.clock.instant()));
	}

	private static String hash(String token) {
		return Sha256.hexOf(token);
	}

	/**
	 * The person a password link is for.
	 *
	 * @param displayName their name
	 * @param email their sign-in name
	 * @param expiresAt when the link stops working
	 */
	public record LinkHolder(String displayName, String email, Instant expiresAt) {

	}

}
