package org.servewell.learning;

import org.servewell.testsupport.MySqlTest;

/**
 * Completions as other systems read them, on the MySQL-protocol server through the
 * production driver.
 */
@MySqlTest
class CompletionRecordsMySqlTest extends CompletionRecordsTests {

}
