/**
 * The course catalogue: courses and their published versions (lessons, quiz settings and
 * scenario bank), the onboarding paths and the service-trait model, loaded from the
 * training content at start-up.
 */
// Loads the training content; role constants for its checks.
@org.springframework.modulith.ApplicationModule(displayName = "Catalog",
		allowedDependencies = { "content", "people", "shared" })
package org.servewell.catalog;
