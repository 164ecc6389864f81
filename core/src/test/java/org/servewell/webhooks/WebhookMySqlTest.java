package org.servewell.webhooks;

import org.servewell.testsupport.MySqlTest;

/**
 * Webhooks on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class WebhookMySqlTest extends WebhookTests {

}
