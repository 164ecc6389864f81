package org.servewell.people;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.servewell.shared.Said;

/**
 * The rules about people that need no database: how emails are compared, what a password
 * must be, and what an administrator may not do to their own account.
 */
final class PeopleRules {

	private PeopleRules() {
	}

	/**
	 * Emails are the sign-in name: compared without surrounding spaces and without regard
	 * to case.
	 */
	static String normalizeEmail(String email) {
		return (email != null) ? email.strip().toLowerCase(Locale.ROOT) : "";
	}

	/**
	 * Checks a new password against the length rules, the person's email and the list of
	 * common passwords ({@link CommonPasswords}).
	 */
	static void checkPassword(String password, String email) {
		if (password == null || password.isBlank()) {
			throw new InvalidPersonException("password", new Said("people.password-missing"));
		}
		if (password.length() < PersonLimits.PASSWORD_MIN_LENGTH) {
			throw new InvalidPersonException("password",
					new Said("people.password-too-short", PersonLimits.PASSWORD_MIN_LENGTH));
		}
		if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PersonLimits.PASSWORD_MAX_LENGTH) {
			throw new InvalidPersonException("password",
					new Said("people.password-too-long", PersonLimits.PASSWORD_MAX_LENGTH));
		}
		if (password.strip().equalsIgnoreCase(normalizeEmail(email))) {
			throw new InvalidPersonException("password", new Said("people.password-is-email"));
		}
		if (CommonPasswords.contains(password)) {
			throw new InvalidPersonException("password", new Said("people.password-common"));
		}
	}

	/**
	 * An administrator cannot lock themself out: no disabling their own account or
	 * dropping their own ADMIN role.
	 */
	static void checkSelfEdit(boolean editingSelf, boolean enabled, Set<Role> roles) {
		if (!editingSelf) {
			return;
		}
		if (!enabled) {
			throw new InvalidPersonException("enabled", new Said("people.disable-self"));
		}
		if (!roles.contains(Role.ADMIN)) {
			throw new InvalidPersonException("roles", new Said("people.unadmin-self"));
		}
	}

	/**
	 * The roles HR may give: staff roles, never the roles that grant access to people's
	 * data or settings.
	 */
	static final Set<Role> STAFF_ROLES = Set.of(Role.LEARNER, Role.MANAGER);

	/** Administrators may give any role; HR only staff roles; nobody else any. */
	static Set<Role> assignableBy(Set<Role> actorRoles) {
		if (actorRoles.contains(Role.ADMIN)) {
			return EnumSet.allOf(Role.class);
		}
		return actorRoles.contains(Role.HR) ? EnumSet.copyOf(STAFF_ROLES) : EnumSet.noneOf(Role.class);
	}

	/**
	 * Someone who is not an administrator may neither give nor take away roles beyond
	 * staff roles, nor change a person who already holds one.
	 */
	static void checkGrant(Set<Role> actorRoles, Set<Role> currentRoles, Set<Role> newRoles) {
		Set<Role> assignable = assignableBy(actorRoles);
		if (!assignable.containsAll(currentRoles)) {
			throw new InvalidPersonException("roles", new Said("people.privileged-roles"));
		}
		if (!assignable.containsAll(newRoles)) {
			throw new InvalidPersonException("roles", "You can give only these roles: "
					+ assignable.stream().sorted().map(Role::label).collect(Collectors.joining(", ")) + ".");
		}
	}

	/** Blank optional text becomes null, other text loses surrounding spaces. */
	static String optional(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
