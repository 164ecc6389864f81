package org.servewell.people;

/**
 * Role names for {@code @RolesAllowed} on services and views, one constant per
 * {@link Role}. Spring Security adds the {@code ROLE_} prefix.
 */
public final class Roles {

	public static final String LEARNER = "LEARNER";

	public static final String TRAINER = "TRAINER";

	public static final String HR = "HR";

	public static final String MANAGER = "MANAGER";

	public static final String ADMIN = "ADMIN";

	private Roles() {
	}

}
