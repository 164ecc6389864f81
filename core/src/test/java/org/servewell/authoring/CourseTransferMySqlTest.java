package org.servewell.authoring;

@StudioMySqlTest
class CourseTransferMySqlTest extends CourseTransferTests {

}
