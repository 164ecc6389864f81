/**
 * The audit trail: who created, changed, published and retired what, and when. Features
 * record events through {@link org.servewell.audit.AuditTrail} in their own transaction;
 * trainers and administrators read the trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.servewell.audit;
