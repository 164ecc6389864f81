package org.servewell.learning;

/**
 * The learner's journey on the embedded database.
 */
class LearningH2Test extends LearningTests {

}
