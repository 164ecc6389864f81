package org.servewell.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Runs a test class against the MySQL-protocol server instead of H2. Skipped, with a
 * message saying how to enable it, unless {@code -Dservewell.mysql.tests=true}; when
 * enabled and no server answers, the tests fail rather than skip.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ActiveProfiles("mysqltest")
@ExtendWith(MySqlTestCondition.class)
@Import(CleanDatabaseConfiguration.class)
public @interface MySqlTest {

}
