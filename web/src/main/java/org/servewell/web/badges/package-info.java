/**
 * The public parts of Servewell's Open Badges, served to anyone who checks a badge: the
 * key set, each key, the issuer's profile and the revocation status list.
 */
package org.servewell.web.badges;
