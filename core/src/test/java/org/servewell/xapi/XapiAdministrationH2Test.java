package org.servewell.xapi;

/**
 * Setting the learning record store on the embedded database.
 */
class XapiAdministrationH2Test extends XapiAdministrationTests {

}
