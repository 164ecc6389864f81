/**
 * Hiring: the interview kits that screen candidates for the service traits, versioned so
 * that a scorecard always refers to the kit it was filled in against, and the measure of
 * how well interviewers agree when they rate candidates on those traits.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hiring")
package org.servewell.hiring;
