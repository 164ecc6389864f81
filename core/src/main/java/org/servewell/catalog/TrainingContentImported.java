package org.servewell.catalog;

import org.servewell.content.ContentBundle;

/**
 * Published while the catalogue imports a content bundle, inside the import's
 * transaction, once its courses, traits and paths are in place. Features that own other
 * parts of the content (hiring's interview kits) import them from here with a plain
 * synchronous listener, so that the whole bundle is loaded or none of it is.
 *
 * @param bundle the content being imported
 */
public record TrainingContentImported(ContentBundle bundle) {
}
