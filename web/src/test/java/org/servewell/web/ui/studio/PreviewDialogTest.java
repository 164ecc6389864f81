package org.servewell.web.ui.studio;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.DraftService;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.components.MarkdownContent;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class PreviewDialogTest extends ViewTest {

	private static final String COURSE = "brilliant-or-careless";

	/** The first lesson's title, which its Markdown also opens with as a heading. */
	private static final String FIRST_LESSON = "Two ways to run a service";

	@Autowired
	DraftService drafts;

	@Test
	@WithUserDetails(TRAINER)
	void preview_shows_each_lesson_title_once() {
		discardDraft();
		CourseStudioView view = navigate(CourseStudioView.class, COURSE);
		test(view.toolbar.startDraft).click();

		test(view.toolbar.preview).click();

		Dialog preview = find(Dialog.class).single();
		String headings = String.join("\n", find(H3.class, preview).all().stream().map(H3::getText).toList()) + "\n"
				+ find(MarkdownContent.class, preview).single().getInnerHtml();
		assertThat(occurrences(headings, FIRST_LESSON)).isEqualTo(1);
	}

	@AfterEach
	void discardDraft() {
		try {
			org.servewell.testsupport.SignedIn.run(TRAINER, () -> this.drafts.discardDraft(COURSE),
					org.servewell.people.Roles.TRAINER);
		}
		catch (AuthoringNotFoundException ex) {
			// No draft open.
		}
	}

	private static int occurrences(String text, String title) {
		Matcher matcher = Pattern.compile(Pattern.quote(title), Pattern.CASE_INSENSITIVE).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

}
