package org.servewell.web.ui.studio;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What a GIFT import leaves out of the questions it takes (their general feedback), by
 * line, so that nothing is dropped without the trainer seeing it. Empty when nothing is.
 */
class GiftWarnings extends Div {

	GiftWarnings(List<String> warnings) {
		setVisible(!warnings.isEmpty());
		if (!warnings.isEmpty()) {
			UnorderedList lines = new UnorderedList();
			warnings.forEach((warning) -> lines.add(new ListItem(warning)));
			add(new Paragraph(getTranslation("studio.gift.warnings")), lines);
		}
	}

}
