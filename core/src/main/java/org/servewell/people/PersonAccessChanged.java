package org.servewell.people;

/**
 * Published when a person's sign-in name, roles or enabled flag changed, so that their
 * open sessions end and the change takes effect at once.
 *
 * @param personId the person
 * @param previousEmail the sign-in name their current sessions were opened with
 */
public record PersonAccessChanged(long personId, String previousEmail) {
}
