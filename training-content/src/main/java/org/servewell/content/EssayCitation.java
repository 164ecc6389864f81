package org.servewell.content;

/**
 * A reference from a lesson or scenario to the essay point it teaches.
 *
 * @param essay the essay's file name, as {@code content.yaml} lists it
 * @param point the id of a point in that essay's coverage file
 */
public record EssayCitation(String essay, String point) {
}
