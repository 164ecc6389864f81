package org.servewell.web;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

/**
 * Browserless view tests: real views, real services and a real (in-memory) database with
 * the demo people, no browser. Every view test shares one application context, with a
 * database a test can cut ({@link CuttableDatabase}): a second context would install
 * Vaadin's security context strategy again, and the first context's tests would then find
 * nobody signed in. Tests that need a context of their own (profiles, client credentials)
 * do that all the same, so each view test puts this context's strategy back first.
 */
@SpringBootTest
@Import({ CuttableDatabase.class, NewLearners.class })
@ActiveProfiles({ "demo", "test" })
public abstract class ViewTest extends SpringBrowserlessTest {

	/** Demo accounts, as the tests sign in with them. */
	public static final String LEARNER = "learner@demo.servewell.org";

	public static final String HR = "hr@demo.servewell.org";

	public static final String ADMIN = "admin@demo.servewell.org";

	public static final String TRAINER = "trainer@demo.servewell.org";

	public static final String MANAGER = "manager@demo.servewell.org";

	@Autowired
	private ObjectProvider<SecurityContextHolderStrategy> securityContexts;

	/**
	 * Makes the security context strategy of this shared context the global one again,
	 * where services read the signed-in person ({@code SecurityContextHolder}), in case a
	 * test with a context of its own installed another.
	 */
	@BeforeEach
	void readSignInsWhereThisContextKeepsThem() {
		this.securityContexts.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
	}

}
