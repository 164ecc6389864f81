package org.servewell.authoring;

@StudioH2Test
class BankHealthH2Test extends BankHealthTests {

}
