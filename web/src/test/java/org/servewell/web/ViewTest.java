package org.servewell.web;

import com.vaadin.browserless.SpringBrowserlessTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless view tests: real views, real services and a real (in-memory) database with
 * the demo people, no browser.
 */
@SpringBootTest
@ActiveProfiles({ "demo", "test" })
public abstract class ViewTest extends SpringBrowserlessTest {

	/** Demo accounts, as the tests sign in with them. */
	public static final String LEARNER = "learner@demo.servewell.org";

	public static final String HR = "hr@demo.servewell.org";

	public static final String ADMIN = "admin@demo.servewell.org";

	public static final String TRAINER = "trainer@demo.servewell.org";

	public static final String MANAGER = "manager@demo.servewell.org";

}
