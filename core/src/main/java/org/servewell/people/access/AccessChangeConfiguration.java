package org.servewell.people.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The poll that runs on every instance and the nightly cleanup that runs on one.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AccessChangeConfiguration {

}
