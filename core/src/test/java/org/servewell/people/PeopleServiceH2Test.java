package org.servewell.people;

/**
 * The people service on the embedded database.
 */
class PeopleServiceH2Test extends PeopleServiceTests {

}
