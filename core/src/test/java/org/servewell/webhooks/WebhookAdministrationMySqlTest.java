package org.servewell.webhooks;

import org.servewell.testsupport.MySqlTest;

/**
 * Administering webhooks on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class WebhookAdministrationMySqlTest extends WebhookAdministrationTests {

}
