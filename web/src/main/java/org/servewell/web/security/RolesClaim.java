package org.servewell.web.security;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.servewell.people.Role;

import org.springframework.core.env.Environment;

/**
 * The optional mapping from a claim of the provider (such as {@code groups}) to Servewell
 * roles: {@code servewell.auth.oidc.roles-claim} names the claim, and
 * {@code servewell.auth.oidc.role-mapping.<role>} lists, separated by commas, the values
 * (groups) that give each role. Without a claim name roles are managed in Servewell alone
 * ({@link #NONE}).
 */
record RolesClaim(String claim, Map<Role, Set<String>> groups) {

	/** No mapping: sign-in leaves roles as Servewell has them. */
	static final RolesClaim NONE = new RolesClaim("", Map.of());

	static final String CLAIM_PROPERTY = "servewell.auth.oidc.roles-claim";

	static final String MAPPING_PROPERTY = "servewell.auth.oidc.role-mapping.";

	RolesClaim {
		groups = Map.copyOf(groups);
	}

	/** The mapping the installation configured, or {@link #NONE}. */
	static RolesClaim from(Environment environment) {
		String claim = environment.getProperty(CLAIM_PROPERTY, "").strip();
		Map<Role, Set<String>> groups = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			String values = environment.getProperty(MAPPING_PROPERTY + role.name().toLowerCase(Locale.ROOT), "");
			Set<String> names = new LinkedHashSet<>();
			for (String value : values.split(",")) {
				if (!value.isBlank()) {
					names.add(value.strip());
				}
			}
			if (!names.isEmpty()) {
				groups.put(role, names);
			}
		}
		if (claim.isEmpty() && !groups.isEmpty()) {
			throw new IllegalStateException("Roles are mapped from the provider's groups (" + MAPPING_PROPERTY
					+ "...) but no claim is named: set SERVEWELL_AUTH_OIDC_ROLES_CLAIM to the claim that "
					+ "carries them, such as groups.");
		}
		if (!claim.isEmpty() && groups.isEmpty()) {
			throw new IllegalStateException("Roles are to come from the provider's claim " + claim
					+ " but no group is mapped to a role: set, for example, "
					+ "SERVEWELL_AUTH_OIDC_ROLE_MAPPING_ADMIN=servewell-admins (one variable per role, "
					+ "groups separated by commas).");
		}
		return claim.isEmpty() ? NONE : new RolesClaim(claim, groups);
	}

	/** Whether roles come from the provider. */
	boolean configured() {
		return !this.claim.isEmpty();
	}

	/**
	 * The roles the claim among these gives, empty for none of the mapped groups; null
	 * when no mapping is configured. A claim may be a list or a single text; a group path
	 * such as Keycloak's {@code /servewell-admins} also matches {@code servewell-admins}.
	 */
	Set<Role> roles(Map<String, Object> claims) {
		if (!configured()) {
			return null;
		}
		Set<String> held = new LinkedHashSet<>();
		Object value = claims.get(this.claim);
		if (value instanceof Collection<?> values) {
			values.forEach((group) -> held.add(String.valueOf(group).strip()));
		}
		else if (value != null) {
			held.add(value.toString().strip());
		}
		Set<String> alsoWithoutSlash = new LinkedHashSet<>(held);
		held.stream()
			.filter((group) -> group.startsWith("/"))
			.map((group) -> group.substring(1))
			.forEach(alsoWithoutSlash::add);
		Set<Role> roles = EnumSet.noneOf(Role.class);
		this.groups.forEach((role, names) -> {
			if (names.stream().anyMatch(alsoWithoutSlash::contains)) {
				roles.add(role);
			}
		});
		return roles;
	}

}
