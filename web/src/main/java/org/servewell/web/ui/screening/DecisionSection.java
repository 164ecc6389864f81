package org.servewell.web.ui.screening;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidatePage;
import org.servewell.hiring.Decision;
import org.servewell.hiring.HiringDecisionService;
import org.servewell.hiring.HiringLimits;
import org.servewell.hiring.HiringRefusedException;
import org.servewell.learning.HiringCourseService;
import org.servewell.people.PeopleService;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.Notices;

/**
 * The decisions on a candidate with their reasons, and HR's controls to hire them or to
 * record a reject or hold, until they are hired or their data is erased.
 */
class DecisionSection extends Div {

	final Grid<CandidatePage.DecisionEntry> decisions = new Grid<>();

	final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>(getTranslation("hiring.decision.decision"));

	final TextArea reason = new TextArea(getTranslation("hiring.decision.reason"));

	final Button record = new Button(getTranslation("hiring.decision.record"));

	final Button hire = new Button(getTranslation("hiring.decision.hire-button"));

	private final HiringDecisionService hiring;

	private final Runnable changed;

	private CandidateDetails details;

	/**
	 * @param changed what to do once a decision was recorded or the candidate hired
	 */
	DecisionSection(HiringDecisionService hiring, PeopleService people, HiringCourseService hiringCourses,
			Runnable changed) {
		this.hiring = hiring;
		this.changed = changed;
		this.hire.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.hire.addClickListener((click) -> openHireDialog(hiring, people, hiringCourses));
		this.decisions.addColumn((entry) -> ScreeningText.decisionName(this, entry.decision()))
			.setHeader(getTranslation("hiring.decision.decision"))
			.setAutoWidth(true);
		this.decisions.addColumn(CandidatePage.DecisionEntry::reason)
			.setHeader(getTranslation("hiring.decision.reason"))
			.setFlexGrow(3);
		this.decisions.addColumn(CandidatePage.DecisionEntry::decidedBy)
			.setHeader(getTranslation("hiring.decision.by"))
			.setAutoWidth(true);
		this.decisions.addColumn((entry) -> Formats.when(entry.decidedAt(), getLocale()))
			.setHeader(getTranslation("hiring.decision.when"))
			.setAutoWidth(true);
		this.decisions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.decisions.setAllRowsVisible(true);
		this.decisions.setAriaLabel(getTranslation("hiring.decision.decisions"));
		this.decisions.setEmptyStateText(getTranslation("hiring.decision.none"));
		this.decision.setItems(Decision.REJECT, Decision.HOLD);
		this.decision.setItemLabelGenerator((choice) -> ScreeningText.decisionName(this, choice));
		this.decision.setRequiredIndicatorVisible(true);
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setMaxLength(HiringLimits.REASON_LENGTH);
		this.reason.setHelperText(getTranslation("hiring.decision.reason.help"));
		this.reason.addClassName("sw-grow");
		this.record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.record.addClickListener((click) -> record());
	}

	private void openHireDialog(HiringDecisionService hiring, PeopleService people, HiringCourseService hiringCourses) {
		new HireDialog(hiring, people, hiringCourses, this.details, (hired) -> this.changed.run()).open();
	}

	void show(CandidatePage page) {
		this.details = page.details();
		removeAll();
		this.decisions.setItems(page.decisions());
		add(new H3(getTranslation("hiring.decision.decision")), this.decisions);
		if (this.details.hiredPersonId() != null) {
			add(new Paragraph(getTranslation("hiring.decision.hired")));
			return;
		}
		if (this.details.erasedAt() != null) {
			return;
		}
		this.decision.setInvalid(false);
		this.reason.setInvalid(false);
		Div form = new Div(this.decision, this.reason, this.record);
		form.addClassNames("sw-toolbar", "sw-toolbar-fields");
		Paragraph hireHelp = new Paragraph(getTranslation("hiring.decision.hire.help"));
		hireHelp.addClassName("sw-facts");
		Div hiringRow = new Div(this.hire, hireHelp);
		hiringRow.addClassName("sw-toolbar");
		add(new H4(getTranslation("hiring.decision.hire")), hiringRow, new H4(getTranslation("hiring.decision.other")),
				form);
	}

	void record() {
		this.decision.setInvalid(false);
		this.reason.setInvalid(false);
		Decision chosen = this.decision.getValue();
		if (chosen == null) {
			this.decision.setErrorMessage(getTranslation("hiring.decision.choose"));
			this.decision.setInvalid(true);
			return;
		}
		try {
			this.hiring.decide(this.details.id(), chosen, this.reason.getValue());
			this.decision.clear();
			this.reason.clear();
			this.changed.run();
			Notices.done(getTranslation("hiring.decision.recorded", ScreeningText.decisionName(this, chosen)));
		}
		catch (HiringRefusedException ex) {
			this.reason.setErrorMessage(ErrorReporting.refused(ex));
			this.reason.setInvalid(true);
		}
	}

}
