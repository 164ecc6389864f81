package org.servewell.web.ui.components;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * How a screen shows what is wrong with what was entered: listed above a part, counted
 * beside it.
 */
public final class ProblemList {

	private ProblemList() {
	}

	/**
	 * Lists the problems in the target, announced to screen readers; empty, without the
	 * problem frame, when none.
	 */
	public static void show(Div target, List<String> problems) {
		target.removeAll();
		if (problems.isEmpty()) {
			target.removeClassName("sw-problems");
			return;
		}
		UnorderedList list = new UnorderedList();
		problems.forEach((problem) -> list.add(new ListItem(problem)));
		target.add(list);
		target.addClassName("sw-problems");
		target.getElement().setAttribute("role", "alert");
	}

	/**
	 * Lists the problems under an optional heading in a target that is hidden while there
	 * are none.
	 */
	public static void showOrHide(Div target, String heading, List<String> problems) {
		target.setVisible(!problems.isEmpty());
		show(target, problems);
		if (heading != null && !problems.isEmpty()) {
			target.addComponentAsFirst(new Span(heading));
		}
	}

	/**
	 * A badge counting a part's problems, or saying it is OK, in the page's language.
	 */
	public static Span badge(int problems) {
		Span badge = new Span();
		badge.setText(badge.getTranslation("components.problems.badge", problems));
		badge.getElement().getThemeList().add((problems == 0) ? "badge success" : "badge error");
		return badge;
	}

}
