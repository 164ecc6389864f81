/**
 * Access changes across instances: each {@link org.servewell.people.PersonAccessChanged}
 * is written to {@code person_access_change} in the transaction that makes the change,
 * and every instance polls that table and publishes
 * {@link org.servewell.people.PersonAccessChangeCommitted} for each new row, so that a
 * disabled or renamed person's sessions end on every instance within seconds
 * (docs/decisions/0022).
 */
// Internal to people: other features and web only see the two events in people's root
// package.
package org.servewell.people.access;
