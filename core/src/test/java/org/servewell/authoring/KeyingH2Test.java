package org.servewell.authoring;

@StudioH2Test
class KeyingH2Test extends KeyingTests {

}
