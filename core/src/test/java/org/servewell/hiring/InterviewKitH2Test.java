package org.servewell.hiring;

/**
 * Interview kits on the embedded database.
 */
class InterviewKitH2Test extends InterviewKitTests {

}
