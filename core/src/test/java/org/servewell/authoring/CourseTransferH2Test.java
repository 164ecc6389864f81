package org.servewell.authoring;

@StudioH2Test
class CourseTransferH2Test extends CourseTransferTests {

}
