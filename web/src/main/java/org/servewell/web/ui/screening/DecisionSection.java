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

	final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>("Decision");

	final TextArea reason = new TextArea("Reason");

	final Button record = new Button("Record decision");

	final Button hire = new Button("Hire…");

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
		this.decisions.addColumn((entry) -> entry.decision().label()).setHeader("Decision").setAutoWidth(true);
		this.decisions.addColumn(CandidatePage.DecisionEntry::reason).setHeader("Reason").setFlexGrow(3);
		this.decisions.addColumn(CandidatePage.DecisionEntry::decidedBy).setHeader("By").setAutoWidth(true);
		this.decisions.addColumn((entry) -> Formats.WHEN.format(entry.decidedAt()))
			.setHeader("When")
			.setAutoWidth(true);
		this.decisions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.decisions.setAllRowsVisible(true);
		this.decisions.setAriaLabel("Decisions");
		this.decisions.setEmptyStateText("No decision yet.");
		this.decision.setItems(Decision.REJECT, Decision.HOLD);
		this.decision.setItemLabelGenerator(Decision::label);
		this.decision.setRequiredIndicatorVisible(true);
		this.reason.setRequiredIndicatorVisible(true);
		this.reason.setMaxLength(HiringLimits.REASON_LENGTH);
		this.reason.setHelperText("Kept with your name and the time; the candidate is not told by Servewell");
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
		add(new H3("Decision"), this.decisions);
		if (this.details.hiredPersonId() != null) {
			add(new Paragraph("Hired: their employee record is kept under Employees."));
			return;
		}
		if (this.details.erasedAt() != null) {
			return;
		}
		this.decision.setInvalid(false);
		this.reason.setInvalid(false);
		Div form = new Div(this.decision, this.reason, this.record);
		form.addClassNames("sw-toolbar", "sw-toolbar-fields");
		Paragraph hireHelp = new Paragraph("Hiring creates the employee and starts their onboarding, with a course "
				+ "for each of their two weakest traits.");
		hireHelp.addClassName("sw-facts");
		Div hiringRow = new Div(this.hire, hireHelp);
		hiringRow.addClassName("sw-toolbar");
		add(new H4("Hire"), hiringRow, new H4("Or record another decision"), form);
	}

	void record() {
		this.decision.setInvalid(false);
		this.reason.setInvalid(false);
		Decision chosen = this.decision.getValue();
		if (chosen == null) {
			this.decision.setErrorMessage("Choose reject or hold.");
			this.decision.setInvalid(true);
			return;
		}
		try {
			this.hiring.decide(this.details.id(), chosen, this.reason.getValue());
			this.decision.clear();
			this.reason.clear();
			this.changed.run();
			Notices.done("Recorded: " + chosen.label() + ".");
		}
		catch (HiringRefusedException ex) {
			this.reason.setErrorMessage(ErrorReporting.refused(ex));
			this.reason.setInvalid(true);
		}
	}

}
