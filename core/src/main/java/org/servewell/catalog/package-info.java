/**
 * The course catalogue: courses and their published versions, loaded from the bundled
 * training content at start-up.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalog")
package org.servewell.catalog;
