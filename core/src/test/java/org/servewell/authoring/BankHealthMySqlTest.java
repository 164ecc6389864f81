package org.servewell.authoring;

@StudioMySqlTest
class BankHealthMySqlTest extends BankHealthTests {

}
