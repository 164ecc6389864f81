package org.servewell.people;

/**
 * People lists and keys on the embedded database.
 */
class PeopleSearchH2Test extends PeopleSearchTests {

}
