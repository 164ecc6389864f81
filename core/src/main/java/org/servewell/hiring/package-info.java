/**
 * Hiring: the interview kits that screen candidates for the service traits, versioned so
 * that a scorecard always refers to the kit it was filled in against, and the measure of
 * how well interviewers agree when they rate candidates on those traits. Candidates'
 * personal data is seen by HR and their own interviewers only, exported and erased on
 * request, and erased by the retention job for those not hired, keeping their ratings
 * anonymous.
 */
// Kits come from the training content and rate the catalogue's traits; the hand-over adds
// the new hire (people, directory) and announces it (CandidateHired), to which learning
// reacts with the courses for the weakest traits: hiring does not know learning. Likewise
// an interviewer's assignment is announced (InterviewerAssigned) for reminders to tell
// them.
@org.springframework.modulith.ApplicationModule(displayName = "Hiring",
		allowedDependencies = { "catalog", "content", "people", "people :: directory", "shared" })
package org.servewell.hiring;
