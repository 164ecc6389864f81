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

	final Button edit = new Button(getTranslation("hiring.details.edit"), new Icon(VaadinIcon.EDIT));

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
		term(list, "hiring.details.email", details.email());
		term(list, "hiring.details.source", details.source());
		term(list, "hiring.details.consent",
				(details.consentDate() != null) ? Formats.day(details.consentDate(), getLocale()) : null);
		term(list, "hiring.details.notes", details.notes());
		list.addClassName("sw-facts-list");
		add(new H3(getTranslation("hiring.details.title")), list);
		if (details.erasedAt() == null) {
			add(this.edit);
		}
	}

	private void term(DescriptionList list, String nameKey, String value) {
		list.add(new DescriptionList.Term(getTranslation(nameKey)), new DescriptionList.Description(
				(value != null && !value.isBlank()) ? value : getTranslation("hiring.details.not-given")));
	}

}
