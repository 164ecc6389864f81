package org.servewell.webhooks;

/**
 * Administering webhooks on the embedded database.
 */
class WebhookAdministrationH2Test extends WebhookAdministrationTests {

}
