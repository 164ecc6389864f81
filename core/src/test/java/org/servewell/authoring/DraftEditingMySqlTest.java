package org.servewell.authoring;

@StudioMySqlTest
class DraftEditingMySqlTest extends DraftEditingTests {

}
