/**
 * Moodle's GIFT quiz format: reading multiple-choice questions into scenarios and writing
 * a scenario bank as GIFT that Moodle imports. See FORMAT.md for the mapping.
 */
package org.servewell.content.gift;
