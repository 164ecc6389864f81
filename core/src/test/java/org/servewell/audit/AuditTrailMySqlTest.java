package org.servewell.audit;

import org.servewell.testsupport.MySqlTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The audit log on the MySQL-protocol server through the production driver.
 */
@MySqlTest
@SpringBootTest
class AuditTrailMySqlTest extends AuditTrailTests {

}
