package org.servewell.content;

/**
 * A reference from a lesson or scenario to the essay point it teaches.
 *
 * @param essay the essay's file name, as {@code content.yaml} lists it
 * @param point the id of a point in that essay's coverage file
 */
public record EssayCitation(String essay, String point) {

	/** The citation in one string, "essay#point", as the database keeps it. */
	public String reference() {
		return this.essay + "#" + this.point;
	}

	/** A citation from its {@link #reference()}; without a '#', the point is empty. */
	public static EssayCitation ofReference(String reference) {
		int hash = reference.indexOf('#');
		return (hash < 0) ? new EssayCitation(reference, "")
				: new EssayCitation(reference.substring(0, hash), reference.substring(hash + 1));
	}

}
