/**
 * People and sign-in: who can use Servewell, their roles, departments, managers, and the
 * first administrator.
 */
// Every other feature depends on people; people depends on none of them, only on the
// shared refusal kinds.
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = { "shared" })
package org.servewell.people;
