package org.servewell.web.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone who uses Servewell with the keyboard only: Tab, Shift+Tab, Enter, Space, the
 * arrow keys and typing. At every stop of Tab it notes whether the focus can be seen (a
 * Lumo focus ring or a visible {@code :focus-visible} outline), so a journey can assert
 * that focus was always visible.
 */
final class KeyboardUser {

	/** The most Tab presses a target may be away. */
	private static final int MAX_PRESSES = 80;

	/** The element with focus, looked for through shadow roots. */
	private static final String ACTIVE = """
			let active = document.activeElement;
			while (active && active.shadowRoot && active.shadowRoot.activeElement) {
			  active = active.shadowRoot.activeElement;
			}""";

	/**
	 * Whether {@code el} has focus: it is the focused element, holds it, or is in the
	 * focused grid cell (a cell shows its content through a slot).
	 */
	private static final String HAS_FOCUS = "(el, inCell) => {" + ACTIVE + """
			  if (!active) {
			    return false;
			  }
			  if (active === el || el.contains(active) || (el.shadowRoot && el.shadowRoot.contains(active))) {
			    return true;
			  }
			  if (!inCell || !['td', 'th'].includes(active.localName)) {
			    return false;
			  }
			  const slot = active.querySelector('slot');
			  return !!slot && slot.assignedNodes({ flatten: true }).some((node) => node === el || node.contains(el));
			}""";

	/**
	 * What has focus when it cannot be seen, or null when it can: a focus ring on it or
	 * on the component around it, or an outline or shadow while it is focus-visible.
	 */
	private static final String UNSEEN_FOCUS = "() => {" + ACTIVE + """
			  if (!active || active === document.body) {
			    // Tab went past the page's last stop, to the browser's own controls.
			    return null;
			  }
			  const shows = (node) => {
			    if (node.hasAttribute && node.hasAttribute('focus-ring')) {
			      return true;
			    }
			    if (['td', 'th', 'tr'].includes(node.localName) && node.getRootNode().host
			        && node.getRootNode().host.hasAttribute('navigating')) {
			      return true;
			    }
			    if (node.matches && node.matches(':focus-visible')) {
			      // A dialog shows its focus on its overlay part.
			      const parts = [node];
			      const search = (root, depth) => {
			        if (!root || depth > 2) {
			          return;
			        }
			        root.querySelectorAll('[part~="overlay"]').forEach((part) => parts.push(part));
			        root.querySelectorAll('*').forEach((child) => search(child.shadowRoot, depth + 1));
			      };
			      search(node.shadowRoot, 0);
			      return parts.some((part) => {
			        const style = getComputedStyle(part);
			        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
			            || style.boxShadow !== 'none';
			      });
			    }
			    return false;
			  };
			  let node = active;
			  for (let depth = 0; node && depth < 4; depth++) {
			    if (shows(node)) {
			      return null;
			    }
			    node = node.parentElement || (node.getRootNode && node.getRootNode().host);
			  }
			  const host = active.getRootNode().host;
			  return (host ? host.localName + ' > ' : '') + active.localName
			      + (active.getAttribute('aria-label') ? ' "' + active.getAttribute('aria-label') + '"' : '')
			      + ' "' + (active.textContent || '').trim().substring(0, 40) + '"';
			}""";

	final Page page;

	/** Each stop where the focus could not be seen, with what had it. */
	final List<String> unseenFocus = new ArrayList<>();

	KeyboardUser(Page page) {
		this.page = page;
	}

	/** Presses Tab until {@code target} has focus; fails after too many. */
	KeyboardUser tabTo(Locator target) {
		return move(target, "Tab");
	}

	/** Presses Shift+Tab until {@code target} has focus; fails after too many. */
	KeyboardUser tabBackTo(Locator target) {
		return move(target, "Shift+Tab");
	}

	private KeyboardUser move(Locator target, String key) {
		target.first().waitFor();
		for (int presses = 0; presses < MAX_PRESSES; presses++) {
			press(key);
			if (hasFocus(target)) {
				return this;
			}
		}
		throw new AssertionError(key + " never reached " + target);
	}

	/**
	 * Presses {@code key} (an arrow) until {@code target} has focus, as in a tab list or
	 * a radio group; fails after ten.
	 */
	KeyboardUser arrowTo(Locator target, String key) {
		for (int presses = 0; !hasFocus(target); presses++) {
			if (presses > 10) {
				throw new AssertionError(key + " never reached " + target);
			}
			press(key);
		}
		return this;
	}

	/**
	 * Moves into {@code grid} with Tab (onto its header, then its first row), then right
	 * until the cell holding {@code target} has focus, and presses Enter: Vaadin's grid
	 * then hands focus to the target inside the cell.
	 */
	KeyboardUser gridTo(Locator grid, Locator target) {
		tabTo(grid);
		List<String> stops = new ArrayList<>(List.of(focused()));
		// From the header, Tab moves on to the rows.
		press("Tab");
		stops.add(focused());
		for (int column = 0; !hasFocus(target); column++) {
			if (column > 10) {
				throw new AssertionError("No cell of the grid's first row holds " + target + "; focus went " + stops);
			}
			press("ArrowRight");
			stops.add(focused());
		}
		press("Enter");
		assertFocused(target);
		return this;
	}

	/** Presses {@code key} and notes whether the focus can then be seen. */
	KeyboardUser press(String key) {
		this.page.keyboard().press(key);
		noteFocus(key);
		return this;
	}

	KeyboardUser type(String text) {
		this.page.keyboard().type(text);
		return this;
	}

	/** The focused element's opening tag, for a failure message. */
	String focused() {
		return (String) this.page
			.evaluate("() => {" + ACTIVE + " return active ? active.outerHTML.substring(0, 160) : 'nothing'; }");
	}

	boolean hasFocus(Locator target) {
		return (Boolean) target.first().evaluate(HAS_FOCUS, true);
	}

	/** Whether {@code target} itself, not the grid cell around it, has focus. */
	private boolean hasFocusItself(Locator target) {
		return (Boolean) target.first().evaluate(HAS_FOCUS, false);
	}

	/** Waits until {@code target} has focus. */
	void assertFocused(Locator target) {
		long deadline = System.currentTimeMillis() + 15_000;
		while (!hasFocusItself(target)) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Focus is not on " + target + " but on " + this.page.evaluate(
						"() => {" + ACTIVE + " return active ? active.outerHTML.substring(0, 200) : 'nothing'; }"));
			}
			this.page.waitForTimeout(100);
		}
	}

	/**
	 * After a navigation: the page's heading named {@code heading} has focus, and shows
	 * it.
	 */
	void assertLandedOn(Locator heading) {
		assertThat(heading).isVisible();
		assertFocused(heading);
		noteFocus("navigation to " + heading);
	}

	private void noteFocus(String after) {
		Object unseen;
		try {
			unseen = this.page.evaluate(UNSEEN_FOCUS);
		}
		catch (PlaywrightException ex) {
			// The key loaded another page (signing in): its heading is checked there.
			return;
		}
		if (unseen != null) {
			this.unseenFocus.add(this.page.url() + " after " + after + ": " + unseen);
		}
	}

	/** Asserts that focus could be seen at every stop. */
	void assertFocusWasAlwaysVisible() {
		assertThat(this.unseenFocus).as("stops where keyboard focus could not be seen").isEmpty();
	}

}
