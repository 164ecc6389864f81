package org.servewell.learning;

import org.servewell.testsupport.MySqlTest;

/**
 * The learner's journey on the MySQL-protocol server through the production driver.
 */
@MySqlTest
class LearningMySqlTest extends LearningTests {

}
