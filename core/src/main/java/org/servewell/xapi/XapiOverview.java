package org.servewell.xapi;

import java.util.List;

/**
 * Where the outbox stands, for administrators.
 *
 * @param pending statements waiting to be sent (due now or after a back-off)
 * @param delivered statements the LRS stored, kept for a while
 * @param failed statements given up after every attempt failed
 * @param latestFailures the newest failed statements, newest first
 */
public record XapiOverview(long pending, long delivered, long failed, List<FailedStatement> latestFailures) {

	public XapiOverview {
		latestFailures = List.copyOf(latestFailures);
	}

}
