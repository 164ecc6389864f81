package org.servewell.learning.domain;

/**
 * Where a quiz attempt stands. An attempt moves from in progress to submitted exactly
 * once.
 */
public enum AttemptStatus {

	IN_PROGRESS, SUBMITTED

}
