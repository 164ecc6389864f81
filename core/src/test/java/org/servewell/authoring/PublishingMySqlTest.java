package org.servewell.authoring;

@StudioMySqlTest
class PublishingMySqlTest extends PublishingTests {

}
