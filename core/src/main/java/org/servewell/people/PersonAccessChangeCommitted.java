package org.servewell.people;

/**
 * Published on every instance of Servewell, the one that made the change included, once
 * it reads a committed {@link PersonAccessChanged} from the database, a few seconds after
 * the commit: each instance then ends that person's sessions it holds and forgets what it
 * remembered about them (docs/decisions/0022). Published outside any transaction.
 *
 * @param personId the person
 * @param previousEmail the sign-in name their sessions were opened with
 */
public record PersonAccessChangeCommitted(long personId, String previousEmail) {
}
