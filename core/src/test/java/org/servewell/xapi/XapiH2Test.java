package org.servewell.xapi;

/**
 * xAPI statements on the embedded database.
 */
class XapiH2Test extends XapiTests {

}
