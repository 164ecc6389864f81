package org.servewell.web.ui.interviews;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.servewell.hiring.HiringLimits;
import org.servewell.hiring.HiringNotFoundException;
import org.servewell.hiring.InterviewService;
import org.servewell.hiring.Recommendation;
import org.servewell.hiring.ScorecardForm;
import org.servewell.hiring.ScorecardView;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Formats;
import org.servewell.web.ui.components.ProblemList;

/**
 * An interviewer's scorecard: per trait the kit's questions, the behavioural anchor for
 * every rating beside it, and an evidence note; then an overall recommendation. Every
 * change is kept as a draft at once. Submitting locks it; a later amendment is kept
 * beside the original with its reason. The rest of the panel shows only after submitting.
 */
@Route("scorecard")
@PermitAll
public class ScorecardPage extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

	private final InterviewService interviews;

	final Map<String, RadioButtonGroup<Integer>> ratings = new LinkedHashMap<>();

	final Map<String, TextArea> evidence = new LinkedHashMap<>();

	final RadioButtonGroup<Recommendation> recommendation = new RadioButtonGroup<>(
			getTranslation("interview.scorecard.recommendation"));

	final TextArea overallNote = new TextArea(getTranslation("interview.scorecard.note"));

	final TextArea amendmentReason = new TextArea(getTranslation("interview.scorecard.amendment-reason"));

	final Span saveState = new Span();

	final Button submit = new Button(getTranslation("interview.scorecard.submit"));

	final Button amend = new Button(getTranslation("interview.scorecard.amend"));

	final Button saveAmendment = new Button(getTranslation("interview.scorecard.save-amendment"));

	final Div problems = new Div();

	/**
	 * Checks the recommendation and overall note against the annotations on
	 * {@link ScorecardForm}; each trait's rating is its section's own.
	 */
	private final BeanValidationBinder<ScorecardForm> binder = FormBinder.forRecord(ScorecardForm.class);

	/** The traits' entries, handed to the binder when the scorecard is written. */
	private final ReadOnlyHasValue<List<ScorecardForm.Entry>> entries = new ReadOnlyHasValue<>((shown) -> {
	}, List.of());

	private final List<TraitRatingSection> sections = new ArrayList<>();

	private ScorecardView scorecard;

	private boolean amending;

	/**
	 * Whether submitting was tried with something missing, so that the missing fields
	 * stay marked as the interviewer goes on.
	 */
	private boolean marking;

	ScorecardPage(InterviewService interviews) {
		this.interviews = interviews;
		addClassNames("sw-page", "sw-scorecard");
		this.recommendation.setItems(Recommendation.values());
		this.recommendation.setItemLabelGenerator((choice) -> ScorecardSections.recommendation(this, choice));
		this.recommendation.setRequiredIndicatorVisible(true);
		this.recommendation.addValueChangeListener((change) -> {
			if (change.isFromClient()) {
				saveDraft();
			}
		});
		this.overallNote.setMaxLength(HiringLimits.SCORECARD_NOTE_LENGTH);
		this.overallNote.setWidthFull();
		this.overallNote.setValueChangeMode(ValueChangeMode.LAZY);
		this.overallNote.addValueChangeListener((change) -> {
			if (change.isFromClient()) {
				saveDraft();
			}
		});
		this.amendmentReason.setWidthFull();
		this.amendmentReason.setRequiredIndicatorVisible(true);
		this.saveState.addClassName("sw-save-state");
		this.saveState.getElement().setAttribute("aria-live", "polite");
		this.problems.addClassName("sw-problems");
		this.problems.getElement().setAttribute("role", "alert");
		this.problems.setVisible(false);
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.submit.addClickListener((click) -> checkAndConfirm());
		this.amend.addClickListener((click) -> startAmending());
		this.saveAmendment.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.saveAmendment.addClickListener((click) -> saveAmendment());
		this.binder.forField(this.entries).bind("entries");
		this.binder.forField(this.recommendation).bind("recommendation");
		this.binder.forField(this.overallNote).bind("overallNote");
	}

	@Override
	public void setParameter(BeforeEvent event, Long interviewId) {
		try {
			this.scorecard = this.interviews.scorecard(interviewId);
		}
		catch (HiringNotFoundException ex) {
			removeAll();
			add(new H2(getTranslation("interview.scorecard.title")),
					new Paragraph(getTranslation("interview.scorecard.missing")),
					new RouterLink(getTranslation("interview.scorecard.back"), MyInterviewsView.class));
			return;
		}
		render();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("interview.scorecard.title");
	}

	private void render() {
		removeAll();
		this.ratings.clear();
		this.evidence.clear();
		this.sections.clear();
		this.marking = false;
		ScorecardView view = this.scorecard;
		addIntro(view);
		boolean editable = !view.submitted() || this.amending;
		ScorecardForm shown = this.amending ? view.standing() : view.form();
		for (ScorecardView.Trait trait : view.traits()) {
			TraitRatingSection section = new TraitRatingSection(trait, entry(shown, trait.code()), editable,
					this::saveDraft);
			this.ratings.put(trait.code(), section.rating);
			this.evidence.put(trait.code(), section.evidence);
			this.sections.add(section);
			add(section);
		}
		Section overall = new Section(new H3(getTranslation("interview.scorecard.overall")), this.recommendation,
				this.overallNote);
		overall.addClassName("sw-scorecard-trait");
		this.binder.readRecord(shown);
		this.recommendation.setReadOnly(!editable);
		this.overallNote.setReadOnly(!editable);
		add(overall, this.problems);
		addButtons(view);
		if (!view.amendments().isEmpty()) {
			add(ScorecardSections.amendments(view, getLocale()));
		}
	}

	/** The candidate, the kit, and where the scorecard stands. */
	private void addIntro(ScorecardView view) {
		H2 title = new H2(view.candidateName());
		Span facts = new Span(view.position() + " · " + view.kitTitle());
		facts.addClassName("sw-facts");
		add(title, facts);
		if (view.submitted()) {
			Paragraph locked = new Paragraph(
					getTranslation("interview.scorecard.locked", Formats.when(view.submittedAt(), getLocale())));
			locked.addClassName("sw-facts");
			add(locked);
			if (view.panel() != null && !this.amending) {
				add(ScorecardSections.panel(view.panel()));
			}
		}
		else {
			Paragraph help = new Paragraph(getTranslation("interview.scorecard.help"));
			help.addClassName("sw-facts");
			add(help);
		}
	}

	/** Submit while a draft, save or cancel while amending, amend once submitted. */
	private void addButtons(ScorecardView view) {
		Div buttons = new Div();
		buttons.addClassName("sw-toolbar");
		if (!view.submitted()) {
			this.saveState.setText(
					getTranslation(view.untouched() ? "interview.scorecard.untouched" : "interview.scorecard.kept"));
			buttons.add(this.submit, this.saveState);
		}
		else if (this.amending) {
			this.amendmentReason.clear();
			add(this.amendmentReason);
			buttons.add(this.saveAmendment, new Button(getTranslation("interview.scorecard.cancel"), (click) -> {
				this.amending = false;
				render();
			}));
		}
		else {
			buttons.add(this.amend);
		}
		add(buttons);
	}

	private static ScorecardForm.Entry entry(ScorecardForm form, String traitCode) {
		return form.entries()
			.stream()
			.filter((entry) -> entry.traitCode().equals(traitCode))
			.findFirst()
			.orElse(new ScorecardForm.Entry(traitCode, null, ""));
	}

	/**
	 * The scorecard as entered.
	 * @throws ValidationException when a field breaks a rule, shown beside it
	 */
	ScorecardForm currentForm() throws ValidationException {
		List<ScorecardForm.Entry> written = new ArrayList<>();
		for (TraitRatingSection section : this.sections) {
			written.add(section.entry());
		}
		this.entries.setValue(written);
		return this.binder.writeRecord();
	}

	void saveDraft() {
		if (this.scorecard.submitted()) {
			return;
		}
		try {
			ScorecardForm form = currentForm();
			this.saveState.setText(getTranslation("interview.scorecard.saved",
					Formats.time(this.interviews.saveDraft(this.scorecard.interviewId(), form), getLocale())));
			this.saveState.removeClassName("sw-save-failed");
		}
		catch (ValidationException ex) {
			notSaved(List.of(getTranslation("interview.scorecard.fix")));
		}
		catch (Refusal ex) {
			notSaved(ErrorReporting.reasons(ex));
		}
		if (this.marking) {
			markMissing();
		}
	}

	private void notSaved(List<String> reasons) {
		this.saveState.setText(getTranslation("interview.scorecard.not-saved", String.join(" ", reasons)));
		this.saveState.addClassName("sw-save-failed");
	}

	/**
	 * Marks what is missing at the field and lists it above the button, or, when nothing
	 * is, asks to confirm: the confirmation never opens over a scorecard that cannot be
	 * submitted.
	 */
	void checkAndConfirm() {
		List<String> missing = markMissing();
		showProblems(missing);
		if (missing.isEmpty()) {
			confirmSubmit();
		}
		else {
			this.marking = true;
			this.problems.scrollIntoView();
		}
	}

	/**
	 * What a submission still needs, each marked at its field: the rules of submitting,
	 * which a draft need not meet.
	 */
	private List<String> markMissing() {
		List<String> missing = new ArrayList<>();
		for (ScorecardView.Trait trait : this.scorecard.traits()) {
			RadioButtonGroup<Integer> rating = this.ratings.get(trait.code());
			boolean unrated = rating.getValue() == null;
			rating.setErrorMessage(unrated ? getTranslation("interview.scorecard.rate.before", trait.name()) : null);
			rating.setInvalid(unrated);
			if (unrated) {
				missing.add(getTranslation("interview.scorecard.rate", trait.name()));
			}
		}
		boolean noRecommendation = this.recommendation.getValue() == null;
		this.recommendation.setErrorMessage(noRecommendation ? getTranslation("interview.scorecard.choose") : null);
		this.recommendation.setInvalid(noRecommendation);
		if (noRecommendation) {
			missing.add(getTranslation("interview.scorecard.choose"));
		}
		return missing;
	}

	private void confirmSubmit() {
		Confirmation.askBefore(getTranslation("interview.scorecard.confirm.title"),
				getTranslation("interview.scorecard.confirm.text"),
				getTranslation("interview.scorecard.confirm.submit"),
				getTranslation("interview.scorecard.confirm.keep"), this::submit);
	}

	void submit() {
		try {
			this.interviews.submit(this.scorecard.interviewId(), currentForm());
			this.scorecard = this.interviews.scorecard(this.scorecard.interviewId());
			showProblems(List.of());
			render();
		}
		catch (ValidationException ex) {
			showProblems(List.of(getTranslation("interview.scorecard.fix")));
		}
		catch (Refusal ex) {
			showProblems(ErrorReporting.reasons(ex));
		}
	}

	private void startAmending() {
		this.amending = true;
		render();
	}

	void saveAmendment() {
		try {
			this.interviews.amend(this.scorecard.interviewId(), currentForm(), this.amendmentReason.getValue());
			this.amending = false;
			this.scorecard = this.interviews.scorecard(this.scorecard.interviewId());
			showProblems(List.of());
			render();
		}
		catch (ValidationException ex) {
			showProblems(getTranslation("interview.scorecard.amendment-not-saved"),
					List.of(getTranslation("interview.scorecard.fix")));
		}
		catch (Refusal ex) {
			showProblems(getTranslation("interview.scorecard.amendment-not-saved"), ErrorReporting.reasons(ex));
		}
	}

	private void showProblems(List<String> messages) {
		showProblems(getTranslation("interview.scorecard.not-submitted"), messages);
	}

	private void showProblems(String heading, List<String> messages) {
		ProblemList.showOrHide(this.problems, heading, messages);
	}

}
