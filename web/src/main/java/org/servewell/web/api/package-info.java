/**
 * The REST API at /api/v1: JSON resources for other systems (an HR system, a reporting
 * tool), authenticated with API tokens, stateless, documented by springdoc-openapi.
 * Controllers call the same core services as the views, with the same role checks
 * (decision 0010).
 */
package org.servewell.web.api;
