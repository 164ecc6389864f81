package org.servewell.web.ui.screening;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidateDataFile;
import org.servewell.hiring.CandidatePage;
import org.servewell.hiring.CandidatePicture;
import org.servewell.hiring.CandidatePrivacy;
import org.servewell.hiring.Decision;
import org.servewell.hiring.HiringNotFoundException;
import org.servewell.hiring.HiringRefusedException;
import org.servewell.hiring.InterviewKitDetails;
import org.servewell.hiring.InterviewKitService;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.HiringDecisionService;
import org.servewell.hiring.PanelService;
import org.servewell.hiring.ScreeningReportService;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonChoice;
import org.servewell.people.Roles;

/**
 * Everything HR decides a candidate from: what was entered about them, the interviewers
 * and where their scorecards stand, the panel's ratings side by side with the traits they
 * disagree on, the weighted score against the kit's threshold, and the decisions with
 * their reasons. HR also exports the candidate's data and erases it on request here.
 */
@Route("candidates/:" + CandidatePageView.CANDIDATE_ID)
@RolesAllowed(Roles.HR)
public class CandidatePageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String CANDIDATE_ID = "candidateId";

	private final ScreeningReportService reports;

	private final PanelService panels;

	private final HiringDecisionService hiring;

	private final InterviewKitService kits;

	private final PeopleService people;

	private final CandidatePrivacy privacy;

	final Button edit = new Button("Edit details", new Icon(VaadinIcon.EDIT));

	final Grid<CandidatePage.InterviewSummary> interviewers = new Grid<>();

	final ComboBox<PersonChoice> interviewer = new ComboBox<>("Interviewer");

	final Select<InterviewKitDetails> kit = new Select<>();

	final Button assign = new Button("Assign interviewer", new Icon(VaadinIcon.PLUS));

	final Grid<CandidatePicture.TraitPicture> traits = new Grid<>();

	final Paragraph score = new Paragraph();

	final Grid<CandidatePage.DecisionEntry> decisions = new Grid<>();

	final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>("Decision");

	final TextArea reason = new TextArea("Reason");

	final Button record = new Button("Record decision");

	final Button hire = new Button("Hire…");

	final Anchor export = new Anchor(DownloadHandler.fromInputStream((event) -> exportFile()), "");

	final Button erase = new Button("Erase personal data…", new Icon(VaadinIcon.ERASER));

	private long candidateId;

	private CandidatePage page;

	CandidatePageView(ScreeningReportService reports, PanelService panels, HiringDecisionService hiring,
			CandidateService candidates, InterviewKitService kits, PeopleService people, CandidatePrivacy privacy) {
		this.reports = reports;
		this.panels = panels;
		this.hiring = hiring;
		this.kits = kits;
		this.people = people;
		this.privacy = privacy;
		addClassNames("sw-page", "sw-candidate");
		this.export.add(new Icon(VaadinIcon.DOWNLOAD), new Span("Export data (JSON)"));
		this.export.getElement().setAttribute("download", true);
		this.erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
		this.erase.addClickListener((click) -> new ErasureDialog(privacy, this.page.details(),
				() -> done("Erased the candidate's personal data."), (message) -> {
					refused(message);
					show();
				})
			.open());

		this.hire.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.hire
			.addClickListener((click) -> new HireDialog(hiring, people, this.page.details(), (hired) -> show()).open());
		this.edit.addClickListener(
				(click) -> new CandidateDialog(candidates, this.page.details(), (saved) -> show()).open());

		this.interviewers.addColumn(CandidatePage.InterviewSummary::interviewerName).setHeader("Interviewer");
		this.interviewers.addColumn(CandidatePage.InterviewSummary::kitTitle).setHeader("Kit");
		this.interviewers.addColumn(CandidatePageView::scorecardText).setHeader("Scorecard");
		this.interviewers.addColumn((interview) -> (interview.recommendation() != null)
				? interview.recommendation().label() : ScreeningText.NONE)
			.setHeader("Recommendation");
		this.interviewers.addComponentColumn(this::removeButton).setHeader("Actions").setAutoWidth(true);
		this.interviewers.setAllRowsVisible(true);
		this.interviewers.setAriaLabel("Interviewers");
		this.interviewers.setEmptyStateText("No interviewers yet. Assign the first below.");
		this.interviewer.setItemLabelGenerator((person) -> person.displayName() + " (" + person.email() + ")");
		this.interviewer.addClassName("sw-grow");
		this.kit.setLabel("Interview kit");
		this.kit.setItemLabelGenerator(InterviewKitDetails::title);
		this.kit.setHelperText("Every interviewer on this candidate rates with the same kit");
		this.assign.addClickListener((click) -> assign());

		this.traits.setAriaLabel("Ratings per trait");
		this.traits.setAllRowsVisible(true);
		this.traits.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.traits.setItemDetailsRenderer(new ComponentRenderer<>(CandidatePageView::evidence));
		this.traits.setDetailsVisibleOnClick(false);
		this.score.addClassName("sw-score");
		this.score.getElement().setAttribute("role", "status");

		this.decisions.addColumn((entry) -> entry.decision().label()).setHeader("Decision").setAutoWidth(true);
		this.decisions.addColumn(CandidatePage.DecisionEntry::reason).setHeader("Reason").setFlexGrow(3);
		this.decisions.addColumn(CandidatePage.DecisionEntry::decidedBy).setHeader("By").setAutoWidth(true);
		this.decisions.addColumn((entry) -> ScreeningText.WHEN.format(entry.decidedAt()))
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
		this.reason.setMaxLength(HiringDecisionService.MAX_REASON_LENGTH);
		this.reason.setHelperText("Kept with your name and the time; the candidate is not told by Servewell");
		this.reason.addClassName("sw-grow");
		this.record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.record.addClickListener((click) -> record());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String raw = event.getRouteParameters().get(CANDIDATE_ID).orElse("");
		this.candidateId = raw.matches("\\d{1,18}") ? Long.parseLong(raw) : -1;
		show();
	}

	@Override
	public String getPageTitle() {
		return (this.page != null) ? this.page.details().displayName() : "Candidate";
	}

	void show() {
		removeAll();
		try {
			this.page = this.reports.candidate(this.candidateId);
		}
		catch (HiringNotFoundException ex) {
			this.page = null;
			add(new H2("No such candidate"),
					new Paragraph(
							"There is no candidate with this number. Check the address, or find them in the list."),
					new RouterLink("Back to candidates", CandidatesView.class));
			return;
		}
		CandidateDetails details = this.page.details();
		boolean erased = details.erasedAt() != null;
		Div facts = new Div(new Span(details.position()), ScreeningText.statusBadge(details.status()),
				new Span("Added " + ScreeningText.WHEN.format(details.createdAt())));
		facts.addClassName("sw-meta");
		add(new RouterLink("All candidates", CandidatesView.class), new H2(details.displayName()), facts);
		if (erased) {
			add(new Paragraph(
					"This candidate's personal data was erased on " + ScreeningText.WHEN.format(details.erasedAt())
							+ " (" + details.erasureReason() + "); their anonymous ratings are kept."));
		}
		add(detailsSection(details, erased));
		add(personalDataSection(details, erased));
		add(interviewersSection(erased));
		add(pictureSection());
		add(decisionSection(details, erased));
	}

	private Div detailsSection(CandidateDetails details, boolean erased) {
		DescriptionList list = new DescriptionList();
		term(list, "Email", details.email());
		term(list, "Source", details.source());
		term(list, "Consent given on",
				(details.consentDate() != null) ? ScreeningText.DAY.format(details.consentDate()) : null);
		term(list, "Notes", details.notes());
		list.addClassName("sw-facts-list");
		Div section = new Div(new H3("Details"), list);
		if (!erased) {
			section.add(this.edit);
		}
		return section;
	}

	private Div personalDataSection(CandidateDetails details, boolean erased) {
		Div actions = new Div(this.export);
		actions.addClassName("sw-toolbar");
		Div section = new Div(new H3("Personal data"), actions);
		if (details.hiredPersonId() != null) {
			section.add(new Paragraph("Hired: their personal data is kept with their employee record."));
		}
		else if (!erased) {
			actions.add(this.erase);
			section.add(new Paragraph("Visible to HR and this candidate's interviewers only. Unless hired, it is "
					+ "erased automatically once the record has not changed for the retention period."));
		}
		return section;
	}

	/** Everything held about the candidate, made when the link is clicked. */
	DownloadResponse exportFile() {
		CandidateDataFile file = this.privacy.export(this.candidateId);
		return new DownloadResponse(new ByteArrayInputStream(file.json()), file.fileName(), "application/json",
				file.json().length);
	}

	private static void term(DescriptionList list, String name, String value) {
		list.add(new DescriptionList.Term(name),
				new DescriptionList.Description((value != null && !value.isBlank()) ? value : "Not given"));
	}

	private Div interviewersSection(boolean erased) {
		this.interviewers.setItems(this.page.interviews());
		Div section = new Div(new H3("Interviewers"), this.interviewers);
		if (erased) {
			return section;
		}
		Set<Long> assigned = this.page.interviews()
			.stream()
			.map(CandidatePage.InterviewSummary::interviewerId)
			.collect(Collectors.toSet());
		this.interviewer.setItems(
				this.people.listPersonChoices().stream().filter((person) -> !assigned.contains(person.id())).toList());
		this.interviewer.setInvalid(false);
		boolean first = this.page.interviews().isEmpty();
		this.kit.setVisible(first);
		this.kit.setInvalid(false);
		if (first) {
			this.kit.setItems(this.kits.listKits().stream().filter((kit) -> !kit.retired()).toList());
		}
		Div row = new Div(this.interviewer, this.kit, this.assign);
		row.addClassNames("sw-toolbar", "sw-toolbar-fields");
		section.add(row);
		if (!first) {
			section.add(new Paragraph("Every interviewer on this candidate rates with "
					+ this.page.interviews().get(0).kitTitle() + ", so that their ratings compare."));
		}
		return section;
	}

	private Div pictureSection() {
		Div section = new Div(new H3("The panel's picture"));
		CandidatePicture picture = this.page.picture();
		if (picture == null) {
			section.add(new Paragraph("Assign interviewers; their ratings appear here as they submit."));
			return section;
		}
		long submitted = this.page.interviews().stream().filter(CandidatePage.InterviewSummary::submitted).count();
		this.score.setText(scoreText(picture) + " " + submitted + " of " + picture.interviewers()
				+ " scorecards in, rated with " + picture.kitTitle() + ".");
		section.add(this.score);
		if (picture.weightedScore() == null) {
			return section;
		}
		showTraits(picture);
		section.add(this.traits);
		List<String> disputed = picture.disagreements().stream().map(CandidatePicture.TraitPicture::traitName).toList();
		section.add(new Paragraph(disputed.isEmpty() ? "The panel agrees within a point on every trait."
				: "The panel disagrees by " + CandidatePicture.DISAGREEMENT_GAP + " points or more on: "
						+ String.join(", ", disputed) + ". Read their evidence before deciding."));
		UnorderedList recommendations = new UnorderedList();
		for (CandidatePicture.PanelRecommendation recommendation : picture.recommendations()) {
			String note = (recommendation.note() != null && !recommendation.note().isBlank())
					? " – " + recommendation.note() : "";
			recommendations.add(new ListItem(
					recommendation.interviewerName() + ": " + recommendation.recommendation().label() + note));
		}
		section.add(new H4("Recommendations"), recommendations);
		return section;
	}

	/** The weighted score against the kit's threshold, in one sentence. */
	static String scoreText(CandidatePicture picture) {
		if (picture.weightedScore() == null) {
			return "No scorecard is submitted yet, so there is no weighted score.";
		}
		return "Weighted score " + ScreeningText.score(picture.weightedScore()) + " of 5, "
				+ (picture.meetsThreshold() ? "meets" : "below") + " the "
				+ String.format(Locale.ENGLISH, "%.2f", picture.passThreshold()) + " threshold.";
	}

	private void showTraits(CandidatePicture picture) {
		this.traits.removeAllColumns();
		this.traits.addColumn(CandidatePicture.TraitPicture::traitName).setHeader("Trait").setAutoWidth(true);
		ScreeningText.addFigureColumn(this.traits, CandidatePicture.TraitPicture::weight, "Weight");
		Set<String> raters = new LinkedHashSet<>();
		picture.traits().forEach((trait) -> trait.ratings().forEach((rating) -> raters.add(rating.interviewerName())));
		for (String rater : raters) {
			ScreeningText.addFigureColumn(this.traits, (trait) -> ratingBy(trait, rater), rater);
		}
		ScreeningText.addFigureColumn(this.traits, (trait) -> ScreeningText.mean(trait.mean()), "Mean");
		ScreeningText.addFigureColumn(this.traits, CandidatePicture.TraitPicture::spread, "Spread");
		this.traits.addComponentColumn(CandidatePageView::agreement)
			.setHeader("Agreement")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.traits.addComponentColumn(this::evidenceToggle).setHeader("Evidence").setAutoWidth(true).setFlexGrow(0);
		this.traits.setItems(picture.traits());
	}

	private static String ratingBy(CandidatePicture.TraitPicture trait, String rater) {
		return trait.ratings()
			.stream()
			.filter((rating) -> rating.interviewerName().equals(rater))
			.map((rating) -> String.valueOf(rating.rating()))
			.findFirst()
			.orElse(ScreeningText.NONE);
	}

	private static Span agreement(CandidatePicture.TraitPicture trait) {
		if (!trait.disagreement()) {
			return new Span((trait.ratings().size() > 1) ? "Agrees" : ScreeningText.NONE);
		}
		Span badge = new Span("Disagreement");
		badge.addClassName("sw-disagreement");
		return badge;
	}

	private Button evidenceToggle(CandidatePicture.TraitPicture trait) {
		boolean shown = this.traits.isDetailsVisible(trait);
		Button toggle = new Button(shown ? "Hide" : "Show", (click) -> {
			this.traits.setDetailsVisible(trait, !shown);
			this.traits.getDataProvider().refreshItem(trait);
		});
		toggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
		toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		toggle.setAriaLabel("Show or hide the evidence for " + trait.traitName());
		return toggle;
	}

	private static Div evidence(CandidatePicture.TraitPicture trait) {
		UnorderedList notes = new UnorderedList();
		for (CandidatePicture.PanelRating rating : trait.ratings()) {
			String evidence = (rating.evidence() != null && !rating.evidence().isBlank()) ? rating.evidence()
					: "no evidence noted";
			notes.add(new ListItem(rating.interviewerName() + " (" + rating.rating() + "): " + evidence));
		}
		Div body = new Div(new Span("Evidence for " + trait.traitName()), notes);
		body.addClassName("sw-evidence");
		return body;
	}

	private Div decisionSection(CandidateDetails details, boolean erased) {
		this.decisions.setItems(this.page.decisions());
		Div section = new Div(new H3("Decision"), this.decisions);
		if (details.hiredPersonId() != null) {
			section.add(new Paragraph("Hired: their employee record is kept under Employees."));
			return section;
		}
		if (erased) {
			return section;
		}
		this.decision.setInvalid(false);
		this.reason.setInvalid(false);
		Div form = new Div(this.decision, this.reason, this.record);
		form.addClassNames("sw-toolbar", "sw-toolbar-fields");
		Paragraph hireHelp = new Paragraph("Hiring creates the employee and starts their onboarding, with a course "
				+ "for each of their two weakest traits.");
		hireHelp.addClassName("sw-facts");
		Div hiring = new Div(this.hire, hireHelp);
		hiring.addClassName("sw-toolbar");
		section.add(new H4("Hire"), hiring, new H4("Or record another decision"), form);
		return section;
	}

	static String scorecardText(CandidatePage.InterviewSummary interview) {
		if (!interview.submitted()) {
			return "Not submitted yet";
		}
		return switch (interview.amendments()) {
			case 0 -> "Submitted";
			case 1 -> "Submitted, amended once";
			default -> "Submitted, amended " + interview.amendments() + " times";
		};
	}

	private Span removeButton(CandidatePage.InterviewSummary interview) {
		if (interview.submitted() || this.page.details().erasedAt() != null) {
			return new Span("Scorecard kept");
		}
		Button remove = new Button("Remove", (click) -> confirmRemove(interview));
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
		remove.setAriaLabel("Remove " + interview.interviewerName());
		return new Span(remove);
	}

	private void confirmRemove(CandidatePage.InterviewSummary interview) {
		ConfirmDialog confirm = new ConfirmDialog("Remove " + interview.interviewerName() + "?",
				"They are taken off this candidate and any draft they started is deleted.", "Remove", (event) -> {
					try {
						this.panels.removeInterviewer(interview.interviewId());
						done("Removed " + interview.interviewerName() + ".");
					}
					catch (HiringRefusedException | HiringNotFoundException ex) {
						refused(ex.getMessage());
						show();
					}
				});
		confirm.setCancelable(true);
		confirm.setConfirmButtonTheme("error primary");
		confirm.open();
	}

	void assign() {
		PersonChoice person = this.interviewer.getValue();
		if (person == null) {
			this.interviewer.setErrorMessage("Choose an interviewer.");
			this.interviewer.setInvalid(true);
			return;
		}
		if (this.kit.isVisible() && this.kit.getValue() == null) {
			this.kit.setErrorMessage("Choose an interview kit.");
			this.kit.setInvalid(true);
			return;
		}
		try {
			this.panels.assignInterviewer(this.candidateId, person.id(),
					this.kit.isVisible() ? this.kit.getValue().code() : null);
			this.interviewer.clear();
			done("Assigned " + person.displayName() + ".");
		}
		catch (HiringRefusedException ex) {
			this.interviewer.setErrorMessage(ex.getMessage());
			this.interviewer.setInvalid(true);
		}
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
			this.hiring.decide(this.candidateId, chosen, this.reason.getValue());
			this.decision.clear();
			this.reason.clear();
			done("Recorded: " + chosen.label() + ".");
		}
		catch (HiringRefusedException ex) {
			this.reason.setErrorMessage(ex.getMessage());
			this.reason.setInvalid(true);
		}
	}

	private void done(String message) {
		show();
		Notification.show(message, 4000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	private static void refused(String message) {
		Notification.show(message, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
