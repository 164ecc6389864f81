package org.servewell.web;

import java.util.List;

import org.servewell.people.DemoAccount;
import org.servewell.people.DemoPeople;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Whether Servewell runs on demo data, so that every screen can say so and the sign-in
 * page can list the demo accounts.
 */
@Component
public class DemoMode {

	private final boolean active;

	DemoMode(Environment environment) {
		this.active = environment.acceptsProfiles(Profiles.of(DemoPeople.PROFILE));
	}

	/** True when the demo profile is on. */
	public boolean isActive() {
		return this.active;
	}

	/** The demo accounts, or none outside the demo. */
	public List<DemoAccount> accounts() {
		return this.active ? DemoPeople.ACCOUNTS : List.of();
	}

}
