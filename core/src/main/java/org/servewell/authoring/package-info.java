/**
 * The authoring studio: trainers write a course's next version as a draft (details,
 * lessons, scenario bank), see every rule of the content format checked as they go, and
 * publish it as an immutable version. Drafts are written in the content format and read
 * back with the content reader, so the studio and the content files are one format.
 */
// Publishing hands a draft to the catalogue and records it in the audit trail; drafts are
// written and read in the content format.
@org.springframework.modulith.ApplicationModule(displayName = "Authoring",
		allowedDependencies = { "audit", "catalog", "content", "content :: health", "people", "shared" })
package org.servewell.authoring;
