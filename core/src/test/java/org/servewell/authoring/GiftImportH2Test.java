package org.servewell.authoring;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * GIFT import on the embedded database, in the studio's database of its own: the courses
 * it publishes must not show up in other tests' catalogue.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:servewell-authoring;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
		+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class GiftImportH2Test extends GiftImportTests {

}
