package org.servewell.catalog;

/**
 * The catalogue on the embedded database.
 */
class CatalogH2Test extends CatalogTests {

}
