package org.servewell.web.ui.components;

import com.vaadin.flow.dom.Element;

/**
 * Moves keyboard focus to a page's heading once it has been navigated to, so that a
 * keyboard or screen-reader user starts reading at the new page instead of at the link
 * they followed (which, in a single-page application, stays focused or is gone). The
 * heading takes focus from script only ({@code tabindex="-1"}), so the Tab order is
 * unchanged; its focus ring shows only when the user navigated with the keyboard.
 */
public final class HeadingFocus {

	/**
	 * Focuses the heading once drawn; while nothing else has focus (a first page load can
	 * move it back to the page), tries again for up to two seconds.
	 */
	private static final String FOCUS_HEADING = """
			const layout = this;
			let tries = 20;
			const focus = (first) => {
			  const content = [...layout.children].find((child) => !child.hasAttribute('slot'));
			  const heading = content && content.querySelector('h1, h2');
			  const idle = !document.activeElement || document.activeElement === document.body;
			  if (heading && (first || idle)) {
			    heading.setAttribute('tabindex', '-1');
			    heading.focus({ preventScroll: true });
			  }
			  if ((!heading || idle) && tries-- > 0) {
			    setTimeout(() => focus(!heading), 100);
			  }
			};
			requestAnimationFrame(() => focus(true));""";

	private HeadingFocus() {
	}

	/**
	 * Focuses the first heading of the page that {@code layout} shows in its content
	 * area, once the browser has drawn it.
	 */
	public static void focusPageHeading(Element layout) {
		layout.executeJs(FOCUS_HEADING);
	}

}
