/**
 * People and sign-in: who can use Servewell, their roles, departments, managers, and the
 * first administrator.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package org.servewell.people;
