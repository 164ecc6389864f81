/**
 * Hiring: the interview kits that screen candidates for the service traits, versioned so
 * that a scorecard always refers to the kit it was filled in against.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hiring")
package org.servewell.hiring;
