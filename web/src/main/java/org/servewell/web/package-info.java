/**
 * The web application: security, Vaadin views per feature, configuration. Views call core
 * services only.
 */
// Only the features' API packages: not catalog's answer-key bank, not people's unchecked
// directory.
@org.springframework.modulith.ApplicationModule(displayName = "Web",
		allowedDependencies = { "people", "people :: importing", "catalog", "learning", "hiring", "authoring", "audit",
				"apiaccess", "webhooks", "badges", "xapi", "reminders", "reporting", "content", "shared" })
package org.servewell.web;
