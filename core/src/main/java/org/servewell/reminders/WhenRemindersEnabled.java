package org.servewell.reminders;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;

/**
 * Unless reminders are switched off ({@code servewell.reminders.enabled=false}): the
 * daily job records in-app notices with or without a mail server, and mails them only
 * with one ({@link WhenMailConfigured}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnBooleanProperty(name = "servewell.reminders.enabled", matchIfMissing = true)
@interface WhenRemindersEnabled {

}
