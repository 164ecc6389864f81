package org.servewell.testsupport;

import java.util.Arrays;
import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs code as a signed-in person, for tests that switch between people or run on several
 * threads.
 */
public final class SignedIn {

	private SignedIn() {
	}

	/**
	 * Calls {@code action} with {@code email} signed in with the given roles, then
	 * restores the previous context.
	 */
	public static <T> T as(String email, Callable<T> action, String... roles) {
		SecurityContext previous = SecurityContextHolder.getContext();
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
			SecurityContextHolder.setContext(previous);
		}
	}

	/** Runs {@code action} as {@code email} with the given roles. */
	public static void run(String email, Runnable action, String... roles) {
		as(email, () -> {
			action.run();
			return null;
		}, roles);
	}

}
