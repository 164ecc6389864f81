package org.servewell.webhooks;

/**
 * Webhooks on the embedded database.
 */
class WebhookH2Test extends WebhookTests {

}
