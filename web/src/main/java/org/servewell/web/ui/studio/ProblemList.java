package org.servewell.web.ui.studio;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.servewell.authoring.DraftProblem;

/** How the studio shows a draft's problems: listed above a part, counted beside it. */
final class ProblemList {

	private ProblemList() {
	}

	/** Lists the problems in the target, announced to screen readers; empty when none. */
	static void show(Div target, List<DraftProblem> problems) {
		target.removeAll();
		if (problems.isEmpty()) {
			return;
		}
		UnorderedList list = new UnorderedList();
		problems.forEach((problem) -> list.add(new ListItem(problem.message())));
		target.add(list);
		target.addClassName("sw-problems");
		target.getElement().setAttribute("role", "alert");
	}

	/** A badge counting a part's problems, or saying it is OK. */
	static Span badge(int problems) {
		Span badge = new Span((problems == 0) ? "OK" : problems + ((problems == 1) ? " problem" : " problems"));
		badge.getElement().getThemeList().add((problems == 0) ? "badge success" : "badge error");
		return badge;
	}

}
