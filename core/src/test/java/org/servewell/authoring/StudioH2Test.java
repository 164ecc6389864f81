package org.servewell.authoring;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Runs a studio test class on the embedded database, in the studio tests' database of
 * their own: the courses they publish must not show up in other tests' catalogue. Every
 * class so marked shares one application context.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:servewell-authoring;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
		+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
@interface StudioH2Test {

}
