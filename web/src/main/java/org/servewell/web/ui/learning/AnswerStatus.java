package org.servewell.web.ui.learning;

import java.time.Instant;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.servewell.web.ui.components.Formats;

/**
 * The line under a scenario's options that says whether the answer is saved. It claims a
 * save only once the server has committed it: the moment the learner clicks an option or
 * presses Enter or Space on one, the browser itself shows "Saving your answer..." in its
 * place, until the server's answer ({@link #settle()}) brings back the line the server
 * wrote.
 * <p>
 * The same small script tells the server how a choice was made: an arrow key (the learner
 * is browsing the options; see {@link QuizView}) sends {@code answer-browse} before the
 * radio group changes its value; a click, Enter or Space sends {@code answer-confirm}.
 * Both are sent in the capture phase, ahead of the group's own handling, so the server
 * receives them before the value change they lead to.
 */
final class AnswerStatus extends Div {

	static final String BROWSE = "answer-browse";

	static final String CONFIRM = "answer-confirm";

	private static final String WATCH = """
			const group = this;
			if (group.__answerWatch) {
			  return;
			}
			group.__answerWatch = true;
			// Chromium clicks the radio an arrow key moves to: that click is browsing too.
			let arrowKey = false;
			const confirm = () => {
			  $0.hidden = false;
			  $1.hidden = true;
			  group.dispatchEvent(new CustomEvent('answer-confirm'));
			};
			group.addEventListener('keydown', (event) => {
			  const key = event.key || '';
			  if (key.startsWith('Arrow')) {
			    arrowKey = true;
			    setTimeout(() => {
			      arrowKey = false;
			    });
			    group.dispatchEvent(new CustomEvent('answer-browse'));
			  } else if (key === 'Enter' || key === ' ') {
			    confirm();
			  }
			}, true);
			group.addEventListener('click', (event) => {
			  // A pointer's click counts its presses (detail >= 1); the click a browser makes
			  // for a key (an arrow moving the selection, or Space) has none.
			  if (!arrowKey && event.detail > 0
			      && event.composedPath().some((node) => node.localName === 'vaadin-radio-button')) {
			    confirm();
			  }
			}, true);
			""";

	private final Span message = new Span();

	private final Span saving = new Span(getTranslation("quiz.status.saving"));

	AnswerStatus() {
		addClassName("sw-save-state");
		getElement().setAttribute("aria-live", "polite");
		// Only the browser shows it, and only the server's answer hides it again.
		this.saving.getElement().setAttribute("hidden", true);
		add(this.saving, this.message);
	}

	/** Installs the browser's side on the group whenever it is attached. */
	void watch(RadioButtonGroup<?> group) {
		group.addAttachListener((attach) -> group.getElement().executeJs(WATCH, this.saving, this.message));
	}

	/** What the line says now, as the server wrote it. */
	String message() {
		return this.message.getText();
	}

	void show(String text) {
		this.message.setText(text);
		removeClassName("sw-save-failed");
	}

	void saved(Instant at) {
		show(getTranslation("quiz.status.saved", Formats.time(at, getLocale())));
	}

	void browsing() {
		show(getTranslation("quiz.status.browsing"));
	}

	void notSaved(String why, boolean lastSavedShown) {
		this.message
			.setText(getTranslation(lastSavedShown ? "quiz.status.not-saved.back" : "quiz.status.not-saved.none", why));
		addClassName("sw-save-failed");
	}

	/**
	 * Hides "Saving your answer..." and shows the server's line again, whether or not the
	 * line changed (so the browser is always told).
	 */
	void settle() {
		getElement().executeJs("$0.hidden = true; $1.hidden = false", this.saving, this.message);
	}

}
