/**
 * Open Badges: each completion can be taken away as an Open Badges 3.0 credential, signed
 * as a JWT (VC-JWT, RS256) with a key Servewell makes on first use and keeps encrypted in
 * the database. The public keys, the issuer's profile and a status list of withdrawn
 * completions are published, so anyone can check a credential without asking Servewell;
 * the verify page checks one too.
 */
// Reads completions through learning's IssuedCompletions; key rotation is written to the
// audit trail.
@org.springframework.modulith.ApplicationModule(displayName = "Open Badges",
		allowedDependencies = { "learning", "people", "audit", "shared" })
package org.servewell.badges;
