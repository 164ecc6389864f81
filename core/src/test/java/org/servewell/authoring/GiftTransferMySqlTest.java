package org.servewell.authoring;

@StudioMySqlTest
class GiftTransferMySqlTest extends GiftTransferTests {

}
