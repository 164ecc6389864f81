package org.servewell.authoring;

@StudioMySqlTest
class KeyingMySqlTest extends KeyingTests {

}
