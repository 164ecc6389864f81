package org.servewell.people;

/**
 * Role names for {@code @RolesAllowed} on views, one constant per {@link Role} (Spring
 * Security adds the {@code ROLE_} prefix), and the {@code @PreAuthorize} expressions that
 * services use.
 * <p>
 * Services use {@code @PreAuthorize} rather than JSR-250 annotations so that Vaadin
 * views, which carry {@code @RolesAllowed} for navigation, are never wrapped in
 * method-security proxies.
 */
public final class Roles {

	public static final String LEARNER = "LEARNER";

	public static final String TRAINER = "TRAINER";

	public static final String HR = "HR";

	public static final String MANAGER = "MANAGER";

	public static final String ADMIN = "ADMIN";

	/** Anyone signed in. */
	public static final String SIGNED_IN = "isAuthenticated()";

	/** Administrators. */
	public static final String ADMIN_ONLY = "hasRole('" + ADMIN + "')";

	/** Administrators and HR. */
	public static final String ADMIN_OR_HR = "hasAnyRole('" + ADMIN + "', '" + HR + "')";

	/**
	 * HR alone: candidates' personal data and their interviews. Administrators who screen
	 * candidates hold the HR role too.
	 */
	public static final String HR_ONLY = "hasRole('" + HR + "')";

	/** Trainers and administrators: those who write courses and review how they work. */
	public static final String AUTHORS = "hasAnyRole('" + TRAINER + "', '" + ADMIN + "')";

	/** Trainers, HR and administrators. */
	public static final String TRAINER_HR_OR_ADMIN = "hasAnyRole('" + TRAINER + "', '" + HR + "', '" + ADMIN + "')";

	/** Trainers, managers, HR and administrators: those who follow others' progress. */
	public static final String STAFF_LEADS = "hasAnyRole('" + TRAINER + "', '" + MANAGER + "', '" + HR + "', '" + ADMIN
			+ "')";

	private Roles() {
	}

}
