package org.servewell.authoring;

@StudioH2Test
class GiftTransferH2Test extends GiftTransferTests {

}
