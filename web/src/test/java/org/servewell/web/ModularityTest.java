package org.servewell.web;

import org.junit.jupiter.api.Test;
import org.servewell.ServewellApplication;

import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

	@Test
	void features_use_each_other_only_through_their_api_and_web_never_reaches_entities_or_repositories() {
		ApplicationModules.of(ServewellApplication.class).verify();
	}

}
