package org.servewell.web.ui.components;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A {@link TabSheet} whose tab list holds only tabs, as screen readers expect of a
 * {@code tablist}: the tab strip's own scroller carries {@code tabindex="-1"} (Vaadin
 * 25.2), which makes it a focusable child of the list that is not a tab (axe-core:
 * {@code aria-required-children}, critical). The tabs keep their arrow-key navigation;
 * the strip still scrolls when the tabs do not fit.
 */
public class AccessibleTabSheet extends TabSheet {

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		super.onAttach(attachEvent);
		getElement().executeJs("""
				const tabs = this.querySelector(':scope > vaadin-tabs');
				if (tabs) {
				  customElements.whenDefined('vaadin-tabs')
				    .then(() => tabs.updateComplete)
				    .then(() => tabs.shadowRoot.querySelector('[part~="tabs"]').removeAttribute('tabindex'));
				}""");
	}

}
