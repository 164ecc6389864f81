package org.servewell.web.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A journey that checks how the screens are drawn (accessibility rules, phone width), not
 * what is stored: it runs in the H2 run only, as the screens are the same whichever
 * database is behind them, and the MySQL run would take minutes to repeat it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ScreensOnly {

}
