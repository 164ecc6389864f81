package org.servewell.badges;

import org.servewell.testsupport.MySqlTest;

/** Open Badges on the MySQL-protocol server through the production driver. */
@MySqlTest
class BadgesMySqlTest extends BadgesTests {

}
