package org.servewell.people;

/**
 * Single sign-on's matching on the embedded database.
 */
class ProviderAccountsH2Test extends ProviderAccountsTests {

}
