package org.servewell.audit;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The audit log on the embedded database.
 */
@SpringBootTest
class AuditTrailH2Test extends AuditTrailTests {

}
