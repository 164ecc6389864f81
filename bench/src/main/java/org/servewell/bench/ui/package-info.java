/**
 * Simulated learners that drive the running app's real UI over HTTP as Chromium does: the
 * sign-in form, Vaadin's init and UIDL requests with the node ids read from the server's
 * answers, and the quiz journey in steps of concurrent learners. Run by hand against the
 * production jar; see bench/README.md, "Learners through the real UI".
 */
package org.servewell.bench.ui;
