package org.servewell.people;

/**
 * The language choice on the embedded database.
 */
class LanguagePreferenceH2Test extends LanguagePreferenceTests {

}
