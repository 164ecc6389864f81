/**
 * The training content as files: the format, the reader that turns a content folder into
 * records, and the problems it reports with file and line. Plain Java: no Spring, no
 * database.
 */
package org.servewell.content;
