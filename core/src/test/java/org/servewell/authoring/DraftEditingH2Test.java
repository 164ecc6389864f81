package org.servewell.authoring;

@StudioH2Test
class DraftEditingH2Test extends DraftEditingTests {

}
