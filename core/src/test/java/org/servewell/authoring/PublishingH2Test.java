package org.servewell.authoring;

@StudioH2Test
class PublishingH2Test extends PublishingTests {

}
