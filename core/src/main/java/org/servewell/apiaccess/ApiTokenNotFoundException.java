package org.servewell.apiaccess;

import org.servewell.shared.Refusal;

/** No token has the id asked for. */
public class ApiTokenNotFoundException extends Refusal.NotFound {

	public ApiTokenNotFoundException(long id) {
		super("No API token with id " + id + ".");
	}

}
