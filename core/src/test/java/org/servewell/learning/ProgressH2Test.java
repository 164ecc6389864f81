package org.servewell.learning;

/**
 * Progress figures on the embedded database.
 */
class ProgressH2Test extends ProgressTests {

}
