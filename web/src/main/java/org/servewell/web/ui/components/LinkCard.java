package org.servewell.web.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

/**
 * A card that says what a page is for and links to it, as the home and reports pages
 * offer them.
 */
public final class LinkCard {

	private LinkCard() {
	}

	/**
	 * @param title the card's title
	 * @param text what the page is for
	 * @param linkText the link's words
	 * @param target the page
	 */
	public static Card of(String title, String text, String linkText, Class<? extends Component> target) {
		Card card = new Card();
		card.setTitle(title);
		card.add(new Paragraph(text));
		RouterLink link = new RouterLink(linkText, target);
		link.addClassName("sw-card-link");
		card.addToFooter(link);
		return card;
	}

}
