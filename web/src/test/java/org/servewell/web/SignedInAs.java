package org.servewell.web;

import java.util.Arrays;
import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs service calls as another person inside a view test, for the steps of a journey
 * that someone else takes (HR assigning, another interviewer submitting).
 */
public final class SignedInAs {

	private SignedInAs() {
	}

	/**
	 * Calls {@code action} as {@code email} with {@code roles}, then restores the caller.
	 */
	public static <T> T call(String email, Callable<T> action, String... roles) {
		SecurityContext saved = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, "n/a",
				Arrays.stream(roles).map((role) -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
		SecurityContextHolder.setContext(context);
		try {
			return action.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.setContext(saved);
		}
	}

	/** Runs {@code action} as {@code email} with {@code roles}. */
	public static void run(String email, Runnable action, String... roles) {
		call(email, () -> {
			action.run();
			return null;
		}, roles);
	}

}
