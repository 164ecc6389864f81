package org.servewell.web.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test of the production jar running in a process of its own (see
 * {@link ProductionJar}): a {@code ProductionJar} parameter gives the running jar; on the
 * MySQL run the test is skipped unless MySQL tests are enabled.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith({ ProductionJar.Condition.class, ProductionJar.Resolver.class })
@interface AgainstProductionJar {

}
