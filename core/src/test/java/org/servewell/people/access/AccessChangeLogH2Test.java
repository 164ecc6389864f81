package org.servewell.people.access;

/**
 * The access changes recorded on the embedded database.
 */
class AccessChangeLogH2Test extends AccessChangeLogTests {

}
