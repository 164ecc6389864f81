/**
 * Benchmarks of core paths against a real database, run by hand; results in
 * bench/README.md.
 */
package org.servewell.bench;
