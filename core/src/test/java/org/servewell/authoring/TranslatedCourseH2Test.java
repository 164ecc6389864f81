package org.servewell.authoring;

/** A translated course on the embedded database. */
@StudioH2Test
class TranslatedCourseH2Test extends TranslatedCourseTests {

}
