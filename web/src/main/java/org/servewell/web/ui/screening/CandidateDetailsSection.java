package org.servewell.web.ui.screening;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;

import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidateService;
import org.servewell.web.ui.components.Formats;

/**
 * What HR entered about a candidate, with the button that changes it while their data is
 * kept.
 */
class CandidateDetailsSection extends Div {

	final Button edit = new Button("Edit details", new Icon(VaadinIcon.EDIT));

	private CandidateDetails details;

	/**
	 * @param changed what to do once HR saved a change
	 */
	CandidateDetailsSection(CandidateService candidates, Runnable changed) {
		this.edit.addClickListener(
				(click) -> new CandidateDialog(candidates, this.details, (saved) -> changed.run()).open());
	}

	void show(CandidateDetails details) {
		this.details = details;
		removeAll();
		DescriptionList list = new DescriptionList();
		term(list, "Email", details.email());
		term(list, "Source", details.source());
		term(list, "Consent given on",
				(details.consentDate() != null) ? Formats.DAY.format(details.consentDate()) : null);
		term(list, "Notes", details.notes());
		list.addClassName("sw-facts-list");
		add(new H3("Details"), list);
		if (details.erasedAt() == null) {
			add(this.edit);
		}
	}

	private static void term(DescriptionList list, String name, String value) {
		list.add(new DescriptionList.Term(name),
				new DescriptionList.Description((value != null && !value.isBlank()) ? value : "Not given"));
	}

}
