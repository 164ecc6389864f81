/**
 * The command line that trainers run on a content folder: {@code validate} lists every
 * problem with file and line, {@code summary} shows what the folder holds and which essay
 * points are taught where.
 */
package org.servewell.content.cli;
