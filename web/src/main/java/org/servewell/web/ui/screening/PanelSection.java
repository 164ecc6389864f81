package org.servewell.web.ui.screening;

import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;

import org.servewell.hiring.CandidatePage;
import org.servewell.hiring.HiringRefusedException;
import org.servewell.hiring.InterviewKitDetails;
import org.servewell.hiring.InterviewKitService;
import org.servewell.hiring.PanelService;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonChoice;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.Notices;

/**
 * A candidate's interviewers and where their scorecards stand, with HR's controls to
 * assign one (choosing the kit for the first) and to take off one who has not submitted.
 */
class PanelSection extends Div {

	final Grid<CandidatePage.InterviewSummary> interviewers = new Grid<>();

	final ComboBox<PersonChoice> interviewer = new ComboBox<>(getTranslation("hiring.panel.interviewer"));

	final Select<InterviewKitDetails> kit = new Select<>();

	final Button assign = new Button(getTranslation("hiring.panel.assign"), new Icon(VaadinIcon.PLUS));

	private final PanelService panels;

	private final PeopleService people;

	private final InterviewKitService kits;

	private final Runnable changed;

	private CandidatePage page;

	/**
	 * @param changed what to do once the panel changed, or a change was refused
	 */
	PanelSection(PanelService panels, PeopleService people, InterviewKitService kits, Runnable changed) {
		this.panels = panels;
		this.people = people;
		this.kits = kits;
		this.changed = changed;
		this.interviewers.addColumn(CandidatePage.InterviewSummary::interviewerName)
			.setHeader(getTranslation("hiring.panel.interviewer"));
		this.interviewers.addColumn(CandidatePage.InterviewSummary::kitTitle)
			.setHeader(getTranslation("hiring.panel.kit"));
		this.interviewers.addColumn((interview) -> scorecardText(this, interview))
			.setHeader(getTranslation("hiring.panel.scorecard"));
		this.interviewers
			.addColumn((interview) -> (interview.recommendation() != null)
					? ScreeningText.recommendation(this, interview.recommendation()) : ScreeningText.NONE)
			.setHeader(getTranslation("hiring.panel.recommendation"));
		this.interviewers.addComponentColumn(this::removeButton)
			.setHeader(getTranslation("hiring.panel.actions"))
			.setAutoWidth(true);
		this.interviewers.setAllRowsVisible(true);
		this.interviewers.setAriaLabel(getTranslation("hiring.panel.title"));
		this.interviewers.setEmptyStateText(getTranslation("hiring.panel.empty"));
		this.interviewer.setItemLabelGenerator((person) -> person.displayName() + " (" + person.email() + ")");
		this.interviewer.addClassName("sw-grow");
		this.kit.setLabel(getTranslation("hiring.panel.interview-kit"));
		this.kit.setItemLabelGenerator(InterviewKitDetails::title);
		this.kit.setHelperText(getTranslation("hiring.panel.interview-kit.help"));
		this.assign.addClickListener((click) -> assign());
	}

	void show(CandidatePage page) {
		this.page = page;
		removeAll();
		this.interviewers.setItems(page.interviews());
		add(new H3(getTranslation("hiring.panel.title")), this.interviewers);
		if (page.details().erasedAt() != null) {
			return;
		}
		Set<Long> assigned = page.interviews()
			.stream()
			.map(CandidatePage.InterviewSummary::interviewerId)
			.collect(Collectors.toSet());
		this.interviewer.setItems(
				this.people.listPersonChoices().stream().filter((person) -> !assigned.contains(person.id())).toList());
		this.interviewer.setInvalid(false);
		boolean first = page.interviews().isEmpty();
		this.kit.setVisible(first);
		this.kit.setInvalid(false);
		if (first) {
			this.kit.setItems(this.kits.listKits().stream().filter((kit) -> !kit.retired()).toList());
		}
		Div row = new Div(this.interviewer, this.kit, this.assign);
		row.addClassNames("sw-toolbar", "sw-toolbar-fields");
		add(row);
		if (!first) {
			add(new Paragraph(getTranslation("hiring.panel.same-kit", page.interviews().get(0).kitTitle())));
		}
	}

	/** Where an interviewer's scorecard stands, in the words of {@code on}'s page. */
	static String scorecardText(Component on, CandidatePage.InterviewSummary interview) {
		if (!interview.submitted()) {
			return on.getTranslation("hiring.panel.not-submitted");
		}
		return on.getTranslation("hiring.panel.submitted", interview.amendments());
	}

	private Span removeButton(CandidatePage.InterviewSummary interview) {
		if (interview.submitted() || this.page.details().erasedAt() != null) {
			return new Span(getTranslation("hiring.panel.kept"));
		}
		Button remove = new Button(getTranslation("hiring.panel.remove"), (click) -> confirmRemove(interview));
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
		remove.setAriaLabel(getTranslation("hiring.panel.remove.label", interview.interviewerName()));
		return new Span(remove);
	}

	private void confirmRemove(CandidatePage.InterviewSummary interview) {
		Confirmation.ask(getTranslation("hiring.panel.remove.title", interview.interviewerName()),
				getTranslation("hiring.panel.remove.text"), getTranslation("hiring.panel.remove"), () -> {
					try {
						this.panels.removeInterviewer(interview.interviewId());
						this.changed.run();
						Notices.done(getTranslation("hiring.panel.removed", interview.interviewerName()));
					}
					catch (Refusal ex) {
						Notices.refused(ex);
						this.changed.run();
					}
				});
	}

	void assign() {
		PersonChoice person = this.interviewer.getValue();
		if (person == null) {
			this.interviewer.setErrorMessage(getTranslation("hiring.panel.choose-interviewer"));
			this.interviewer.setInvalid(true);
			return;
		}
		if (this.kit.isVisible() && this.kit.getValue() == null) {
			this.kit.setErrorMessage(getTranslation("hiring.panel.choose-kit"));
			this.kit.setInvalid(true);
			return;
		}
		try {
			this.panels.assignInterviewer(this.page.details().id(), person.id(),
					this.kit.isVisible() ? this.kit.getValue().code() : null);
			this.interviewer.clear();
			this.changed.run();
			Notices.done(getTranslation("hiring.panel.assigned", person.displayName()));
		}
		catch (HiringRefusedException ex) {
			this.interviewer.setErrorMessage(ErrorReporting.refused(ex));
			this.interviewer.setInvalid(true);
		}
	}

}
