/**
 * The web application: security, Vaadin views per feature, configuration. Views call core
 * services only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.servewell.web;
