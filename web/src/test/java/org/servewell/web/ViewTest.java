package org.servewell.web;

import com.vaadin.browserless.SpringBrowserlessTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless view tests: real views, real services and a real (in-memory) database with
 * the demo people, no browser. Every view test shares one application context, with a
 * database a test can cut ({@link CuttableDatabase}): a second context would install
 * Vaadin's security context strategy again, and the first context's tests would then find
 * nobody signed in.
 */
@SpringBootTest
@Import(CuttableDatabase.class)
@ActiveProfiles({ "demo", "test" })
public abstract class ViewTest extends SpringBrowserlessTest {

	/** Demo accounts, as the tests sign in with them. */
	public static final String LEARNER = "learner@demo.servewell.org";

	public static final String HR = "hr@demo.servewell.org";

	public static final String ADMIN = "admin@demo.servewell.org";

	public static final String TRAINER = "trainer@demo.servewell.org";

	public static final String MANAGER = "manager@demo.servewell.org";

}
