/**
 * The audit trail: who created, changed, published and retired what, and when. Features
 * record events through {@link org.servewell.audit.AuditTrail} in their own transaction;
 * trainers and administrators read the trail.
 */
// Who did it: role constants and the directory's names for the people in the trail; what
// an
// employee import changed, from its event.
@org.springframework.modulith.ApplicationModule(displayName = "Audit",
		allowedDependencies = { "people", "people :: directory", "people :: importing", "shared" })
package org.servewell.audit;
