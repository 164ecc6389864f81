/**
 * API access: the tokens with which other systems call Servewell's REST API.
 * Administrators create, list and revoke them; the web module's API security
 * authenticates requests with them.
 */
// A token acts as the administrator who created it (roles from the directory); creating
// and
// revoking is written to the audit trail.
@org.springframework.modulith.ApplicationModule(displayName = "API access",
		allowedDependencies = { "people", "people :: directory", "audit", "shared" })
package org.servewell.apiaccess;
