package org.servewell.apiaccess;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;
import org.servewell.shared.Said;

/** No token has the id asked for. */
public class ApiTokenNotFoundException extends Refusal.NotFound {

	public ApiTokenNotFoundException(long id) {
		super(new Said("api.token-missing", id));
	}

}
