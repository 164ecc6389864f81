package org.servewell.hiring;

/**
 * A candidate's data, exported and erased, on the embedded database.
 */
class PrivacyH2Test extends PrivacyTests {

}
