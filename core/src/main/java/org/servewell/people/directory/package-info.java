/**
 * Who works here, for other features' services (assignment rules, team progress, hiring
 * hand-over). It checks no roles: callers do. The web module's allowed dependencies leave
 * it out, so views go through PeopleService.
 */
@org.springframework.modulith.NamedInterface("directory")
package org.servewell.people.directory;
