package org.servewell.badges;

/** Open Badges on the embedded database. */
class BadgesH2Test extends BadgesTests {

}
