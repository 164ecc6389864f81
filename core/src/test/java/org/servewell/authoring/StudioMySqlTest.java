package org.servewell.authoring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.servewell.testsupport.MySqlTest;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a studio test class on the MySQL-protocol server, in the studio tests' database
 * ({@code servewell_test_authoring}, created when missing): the courses they publish must
 * not show up in other tests' catalogue.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@MySqlTest
@SpringBootTest(properties = "spring.datasource.url=${SERVEWELL_TEST_MYSQL_AUTHORING_URL:"
		+ "jdbc:mysql://127.0.0.1:3306/servewell_test_authoring?createDatabaseIfNotExist=true}")
@interface StudioMySqlTest {

}
