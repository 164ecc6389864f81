package org.servewell.reminders;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Only when an SMTP host is configured ({@code spring.mail.host}, blank counts as none)
 * and reminders are not switched off ({@code servewell.reminders.enabled}): without them
 * the application runs as before, sending nothing.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression("!'${spring.mail.host:}'.isBlank() and ${servewell.reminders.enabled:true}")
@interface WhenMailConfigured {

}
