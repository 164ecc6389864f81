package org.servewell.authoring;

/** A translated course on a MySQL-protocol server through the production driver. */
@StudioMySqlTest
class TranslatedCourseMySqlTest extends TranslatedCourseTests {

}
