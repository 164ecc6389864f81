package org.servewell.web.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A journey that changes what every journey sees (it publishes a version, say) runs
 * against a jar of its own, named {@link #value()}, on the embedded database: the
 * {@code ProductionJar} parameter then resolves to that jar instead of the shared one. It
 * runs in the H2 run only: the MySQL run would repeat it unchanged.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface OwnProductionJar {

	/** The jar's name, its folder under target/e2e. */
	String value();

}
