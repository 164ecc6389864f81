/**
 * The course catalogue: courses and their published versions (lessons, quiz settings and
 * scenario bank), the onboarding paths and the service-trait model, loaded from the
 * training content at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.servewell.catalog;
