package org.servewell.apiaccess;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.servewell.apiaccess.domain.ApiToken;
import org.servewell.apiaccess.domain.ApiTokenRepository;
import org.servewell.audit.AuditTrail;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;
import org.servewell.shared.Said;
import org.servewell.shared.Secrets;
import org.servewell.shared.Sha256;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * API tokens: administrators create (the secret shown once), list and revoke them; the
 * API's security authenticates each request's bearer secret. A token acts as the
 * administrator who created it, with that person's roles at the time of the request, so
 * it stops working when they are disabled (decision 0010).
 */
@Service
@Validated
public class ApiTokenService {

	/** Prefix of every secret, so that a leaked one is recognisable in logs and scans. */
	public static final String SECRET_PREFIX = "sw_";

	/** Last-used time is written at most this often per token. */
	private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

	private final ApiTokenRepository tokens;

	private final PeopleService peopleService;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	ApiTokenService(ApiTokenRepository tokens, PeopleService peopleService, PeopleDirectory people, AuditTrail audit,
			Clock clock) {
		this.tokens = tokens;
		this.peopleService = peopleService;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates a token acting as the signed-in administrator; its secret is returned once.
	 */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public NewApiToken create(@Valid ApiTokenForm form) {
		LocalDate lastDay = LocalDate.now(this.clock).plusDays(ApiTokenLimits.MAX_VALID_DAYS);
		if (form.expiresOn().isAfter(lastDay)) {
			throw new InvalidApiTokenException("expiresOn",
					new Said("api.token-too-long", ApiTokenLimits.MAX_VALID_DAYS, lastDay.toString()));
		}
		long creator = this.peopleService.currentPersonId()
			.orElseThrow(() -> new InvalidApiTokenException("name", new Said("api.sign-in-for-token")));
		String secret = Secrets.generate(SECRET_PREFIX);
		Instant expiresAt = form.expiresOn().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
		ApiToken token = this.tokens.save(new ApiToken(form.name().strip(), form.scope(), hash(secret),
				secret.substring(0, ApiToken.PREFIX_LENGTH), creator, this.clock.instant(), expiresAt));
		this.audit.record("API_TOKEN_CREATED", subject(token), "Created API token \"" + token.getName() + "\" ("
				+ form.scope().label() + "), valid until " + form.expiresOn() + ".");
		return new NewApiToken(summary(token), secret);
	}

	/** Every token, newest first, active or not; never a secret. */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional(readOnly = true)
	public List<ApiTokenSummary> list() {
		List<ApiToken> all = this.tokens.findAllByOrderByCreatedAtDescIdDesc();
		Map<Long, String> creators = creatorNames(all.stream().map(ApiToken::getCreatedBy).toList());
		return all.stream().map((token) -> summary(token, creators)).toList();
	}

	/** Stops a token working at once. Revoking a revoked token changes nothing. */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public ApiTokenSummary revoke(long id) {
		ApiToken token = this.tokens.findById(id).orElseThrow(() -> new ApiTokenNotFoundException(id));
		if (token.getRevokedAt() == null) {
			token.revoke(this.clock.instant());
			this.audit.record("API_TOKEN_REVOKED", subject(token), "Revoked API token \"" + token.getName() + "\".");
		}
		return summary(token);
	}

	/**
	 * Who a bearer secret acts as, when it belongs to an active token whose creator is
	 * still enabled; records when the token was used. Called by the API's security filter
	 * before anyone is authenticated, so it has no role check; it tells the caller
	 * nothing but whether the secret works.
	 */
	@Transactional
	public Optional<ApiCaller> authenticate(String secret) {
		if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<ApiToken> found = this.tokens.findByTokenHash(hash(secret)).filter((token) -> token.isActiveAt(now));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ApiToken token = found.get();
		Optional<StaffMember> creator = this.people.staff(token.getCreatedBy());
		Optional<Set<Role>> roles = this.people.rolesOfEnabled(token.getCreatedBy());
		if (creator.isEmpty() || roles.isEmpty()) {
			return Optional.empty();
		}
		if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
			token.usedAt(now);
		}
		return Optional
			.of(new ApiCaller(token.getId(), token.getName(), token.getScope(), creator.get().email(), roles.get()));
	}

	private ApiTokenSummary summary(ApiToken token) {
		return summary(token, creatorNames(List.of(token.getCreatedBy())));
	}

	/** The names of the people who created tokens, read at once. */
	private Map<Long, String> creatorNames(List<Long> personIds) {
		return this.people.staff(Set.copyOf(personIds))
			.stream()
			.collect(Collectors.toMap(StaffMember::id, StaffMember::displayName));
	}

	private static ApiTokenSummary summary(ApiToken token, Map<Long, String> creators) {
		String creator = creators.getOrDefault(token.getCreatedBy(), "person " + token.getCreatedBy());
		return new ApiTokenSummary(token.getId(), token.getName(), token.getTokenPrefix(), token.getScope(), creator,
				token.getCreatedAt(), token.getExpiresAt(), token.getLastUsedAt(), token.getRevokedAt());
	}

	private static String subject(ApiToken token) {
		return "api-token:" + token.getId();
	}

	static String hash(String secret) {
		return Sha256.hexOf(secret);
	}

}
