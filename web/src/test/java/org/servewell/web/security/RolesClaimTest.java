package org.servewell.web.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.servewell.people.Role;

import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading the roles claim mapping: off unless a claim is named, groups listed per role,
 * and a half-done configuration refused with what to set.
 */
class RolesClaimTest {

	@Test
	void no_claim_named_means_roles_stay_managed_in_servewell() {
		RolesClaim mapping = RolesClaim.from(environment(Map.of()));

		assertThat(mapping.configured()).isFalse();
		assertThat(mapping.roles(Map.of("groups", List.of("servewell-admins")))).isNull();
	}

	@Test
	void groups_give_the_roles_they_are_mapped_to_and_a_person_in_none_gets_no_mapped_role() {
		RolesClaim mapping = RolesClaim
			.from(environment(Map.of(RolesClaim.CLAIM_PROPERTY, "groups", RolesClaim.MAPPING_PROPERTY + "admin",
					"servewell-admins", RolesClaim.MAPPING_PROPERTY + "hr", " hr , people-team ")));

		assertThat(mapping.roles(Map.of("groups", List.of("/people-team", "servewell-admins", "other"))))
			.containsExactlyInAnyOrder(Role.ADMIN, Role.HR);
		assertThat(mapping.roles(Map.of("groups", "hr"))).containsExactly(Role.HR);
		assertThat(mapping.roles(Map.of("groups", List.of("other")))).isEmpty();
		assertThat(mapping.roles(Map.of())).isEmpty();
	}

	@Test
	void a_claim_without_mapping_or_a_mapping_without_claim_is_refused_at_start() {
		assertThatThrownBy(() -> RolesClaim.from(environment(Map.of(RolesClaim.CLAIM_PROPERTY, "groups"))))
			.hasMessageContaining("SERVEWELL_AUTH_OIDC_ROLE_MAPPING_ADMIN");
		assertThatThrownBy(
				() -> RolesClaim.from(environment(Map.of(RolesClaim.MAPPING_PROPERTY + "admin", "servewell-admins"))))
			.hasMessageContaining("SERVEWELL_AUTH_OIDC_ROLES_CLAIM");
	}

	private static StandardEnvironment environment(Map<String, Object> properties) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
		return environment;
	}

}
