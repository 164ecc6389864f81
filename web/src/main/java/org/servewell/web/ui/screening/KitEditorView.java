package org.servewell.web.ui.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.TraitSummary;
import org.servewell.content.ContentLimits;
import org.servewell.content.InterviewKitCheck;
import org.servewell.content.RatingScale;
import org.servewell.hiring.HiringNotFoundException;
import org.servewell.hiring.HiringRefusedException;
import org.servewell.hiring.InterviewKitDetails;
import org.servewell.hiring.InterviewKitService;
import org.servewell.hiring.InvalidKitException;
import org.servewell.hiring.KitForm;
import org.servewell.hiring.KitOrigin;
import org.servewell.people.Roles;

import static org.servewell.web.ui.components.IconButtons.iconButton;

/**
 * Adjusting a custom interview kit: its title, role and pass threshold, the traits it
 * rates with their weights, and each trait's questions. Saving checks the kit by the
 * content's rules and makes a new version; problems are shown beside the trait they
 * concern. A long form, so a page of its own rather than a dialog.
 */
@Route("candidates/kits/:" + KitEditorView.KIT_CODE)
@RolesAllowed(Roles.HR)
public class KitEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String KIT_CODE = "code";

	private final InterviewKitService kits;

	private final List<TraitSummary> traitModel;

	final TextField title = new TextField("Title");

	final TextField forRole = new TextField("For role");

	final BigDecimalField threshold = new BigDecimalField("Pass threshold");

	final Div problems = new Div();

	final Div traitList = new Div();

	final List<TraitEditor> traits = new ArrayList<>();

	final Button addTrait = new Button("Add trait", new Icon(VaadinIcon.PLUS));

	final Button save = new Button("Save as a new version");

	InterviewKitDetails kit;

	KitEditorView(InterviewKitService kits, CatalogService catalog) {
		this.kits = kits;
		this.traitModel = catalog.listTraits();
		addClassNames("sw-page", "sw-editor");
		this.title.setMaxLength(ContentLimits.MAX_TITLE_LENGTH);
		this.title.setRequiredIndicatorVisible(true);
		this.forRole.setMaxLength(ContentLimits.MAX_AUDIENCE_LENGTH);
		this.forRole.setRequiredIndicatorVisible(true);
		this.threshold.setHelperText(
				String.format(Locale.ENGLISH, "The weighted mean rating, from %.2f to %.2f, a candidate should reach",
						(double) RatingScale.LOWEST, (double) RatingScale.HIGHEST));
		this.threshold.setRequiredIndicatorVisible(true);
		this.problems.addClassName("sw-problems");
		this.problems.getElement().setAttribute("role", "alert");
		this.traitList.addClassName("sw-options");
		this.addTrait.addClickListener((click) -> {
			this.traits.add(new TraitEditor(null));
			renderTraits();
		});
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> save());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String code = event.getRouteParameters().get(KIT_CODE).orElse("");
		try {
			show(this.kits.kit(code));
		}
		catch (HiringNotFoundException ex) {
			this.kit = null;
			removeAll();
			add(new H2("No such interview kit"),
					new Paragraph("There is no interview kit at this address. Choose one from the list."),
					new RouterLink("Back to interview kits", KitsView.class));
		}
	}

	@Override
	public String getPageTitle() {
		return (this.kit != null) ? "Edit " + this.kit.title() : "Interview kit";
	}

	private void show(InterviewKitDetails shown) {
		this.kit = shown;
		removeAll();
		add(new RouterLink("All interview kits", KitsView.class), new H2(shown.title()),
				new Paragraph("Version " + shown.versionNumber() + " · " + shown.origin().label()));
		if (shown.origin() != KitOrigin.CUSTOM || shown.retired()) {
			add(new Paragraph(shown.retired() ? "This kit is retired and no longer changes."
					: "Bundled kits change only in the training content. Copy this kit in the list of interview kits "
							+ "to adjust the copy."));
			return;
		}
		KitForm form = KitForm.of(shown);
		this.title.setValue(form.title());
		this.forRole.setValue(form.forRole());
		this.threshold.setValue(form.passThreshold());
		this.traits.clear();
		form.traits().forEach((trait) -> this.traits.add(new TraitEditor(trait)));
		showProblems(this.problems, List.of());
		renderTraits();
		Div details = new Div(this.title, this.forRole, this.threshold);
		details.addClassNames("sw-toolbar", "sw-toolbar-fields");
		Div actions = new Div(this.addTrait, this.save);
		actions.addClassName("sw-toolbar");
		add(new Paragraph("Saving makes a new version: scorecards already begun keep theirs, interviewers assigned "
				+ "from now on get the new one. The kit must follow the same rules as the kits in the content: "
				+ ContentLimits.MIN_KIT_TRAITS + " to " + ContentLimits.MAX_KIT_TRAITS
				+ " traits, each with a weight of " + ContentLimits.MIN_WEIGHT + " to " + ContentLimits.MAX_WEIGHT
				+ " and " + ContentLimits.MIN_QUESTIONS + " or " + ContentLimits.MAX_QUESTIONS + " questions."),
				this.problems, details, this.traitList, actions);
	}

	KitForm form() {
		return new KitForm(this.title.getValue(), this.forRole.getValue(), this.threshold.getValue(),
				this.traits.stream().map(TraitEditor::form).toList());
	}

	void save() {
		showProblems(this.problems, List.of());
		this.traits.forEach((trait) -> showProblems(trait.problems, List.of()));
		try {
			InterviewKitDetails saved = this.kits.saveKit(this.kit.code(), this.kit.versionNumber(), form());
			Notification.show((saved.versionNumber() == this.kit.versionNumber())
					? "Nothing changed: still version " + saved.versionNumber() + "."
					: "Saved as version " + saved.versionNumber() + ".");
			show(saved);
		}
		catch (InvalidKitException ex) {
			List<String> whole = new ArrayList<>(List.of(ex.getMessage()));
			Map<TraitEditor, List<String>> byTrait = new LinkedHashMap<>();
			for (InterviewKitCheck.Problem problem : ex.placed()) {
				if (problem.traitIndex() >= 0 && problem.traitIndex() < this.traits.size()) {
					byTrait.computeIfAbsent(this.traits.get(problem.traitIndex()), (trait) -> new ArrayList<>())
						.add(problem.message());
				}
				else {
					whole.add(problem.message());
				}
			}
			showProblems(this.problems, whole);
			byTrait.forEach((trait, listed) -> showProblems(trait.problems, listed));
		}
		catch (HiringRefusedException ex) {
			showProblems(this.problems, List.of(ex.getMessage()));
		}
	}

	private void renderTraits() {
		this.traitList.removeAll();
		for (int i = 0; i < this.traits.size(); i++) {
			this.traits.get(i).number(i + 1);
			this.traitList.add(this.traits.get(i));
		}
	}

	private static void showProblems(Div target, List<String> problems) {
		target.removeAll();
		target.setVisible(!problems.isEmpty());
		if (!problems.isEmpty()) {
			UnorderedList list = new UnorderedList();
			problems.forEach((problem) -> list.add(new ListItem(problem)));
			target.add(list);
		}
	}

	/** Moves {@code item} {@code by} places in {@code list}, if it stays inside it. */
	static <T> boolean move(List<T> list, T item, int by) {
		int from = list.indexOf(item);
		int to = from + by;
		if (from < 0 || to < 0 || to >= list.size()) {
			return false;
		}
		list.remove(from);
		list.add(to, item);
		return true;
	}

	/** One trait of the kit with its weight and questions. */
	final class TraitEditor extends Section {

		final ComboBox<TraitSummary> trait = new ComboBox<>("Trait");

		final IntegerField weight = new IntegerField("Weight (1-3)");

		final Div problems = new Div();

		final Div questionList = new Div();

		final List<KitQuestionEditor> questions = new ArrayList<>();

		final Button addQuestion = new Button("Add question", new Icon(VaadinIcon.PLUS));

		final Button up;

		final Button down;

		final Button remove;

		private final H3 heading = new H3();

		TraitEditor(KitForm.TraitForm form) {
			addClassName("sw-scorecard-trait");
			this.trait.setItems(KitEditorView.this.traitModel);
			this.trait.setItemLabelGenerator(TraitSummary::name);
			this.trait.setRequiredIndicatorVisible(true);
			this.trait.addValueChangeListener((change) -> name());
			this.weight.setMin(ContentLimits.MIN_WEIGHT);
			this.weight.setMax(ContentLimits.MAX_WEIGHT);
			this.weight.setStepButtonsVisible(true);
			this.weight.setValue((form != null) ? form.weight() : ContentLimits.MIN_WEIGHT);
			if (form != null) {
				KitEditorView.this.traitModel.stream()
					.filter((summary) -> summary.code().equals(form.traitCode()))
					.findFirst()
					.ifPresent(this.trait::setValue);
				form.questions().forEach((question) -> this.questions.add(new KitQuestionEditor(this, question)));
			}
			this.problems.addClassName("sw-problems");
			this.problems.getElement().setAttribute("role", "alert");
			this.problems.setVisible(false);
			this.questionList.addClassName("sw-options");
			this.up = iconButton(VaadinIcon.ARROW_UP, "Move trait up", () -> moveBy(-1));
			this.down = iconButton(VaadinIcon.ARROW_DOWN, "Move trait down", () -> moveBy(1));
			this.remove = iconButton(VaadinIcon.TRASH, "Remove trait", () -> {
				KitEditorView.this.traits.remove(this);
				renderTraits();
			});
			this.addQuestion.addClickListener((click) -> {
				this.questions.add(new KitQuestionEditor(this, null));
				renderQuestions();
			});
			Div header = new Div(this.heading, this.up, this.down, this.remove);
			header.addClassName("sw-toolbar");
			Div fields = new Div(this.trait, this.weight);
			fields.addClassNames("sw-toolbar", "sw-toolbar-fields");
			add(header, this.problems, fields, this.questionList, this.addQuestion);
			renderQuestions();
		}

		void number(int number) {
			this.heading.setText("Trait " + number);
			this.up.setAriaLabel("Move trait " + number + " up");
			this.down.setAriaLabel("Move trait " + number + " down");
			this.remove.setAriaLabel("Remove trait " + number);
			name();
		}

		private void name() {
			String label = this.heading.getText()
					+ ((this.trait.getValue() != null) ? ": " + this.trait.getValue().name() : "");
			getElement().setAttribute("aria-label", label);
		}

		private void moveBy(int by) {
			if (move(KitEditorView.this.traits, this, by)) {
				renderTraits();
			}
		}

		void renderQuestions() {
			this.questionList.removeAll();
			for (int i = 0; i < this.questions.size(); i++) {
				this.questions.get(i).number(i + 1);
				this.questionList.add(this.questions.get(i));
			}
		}

		KitForm.TraitForm form() {
			return new KitForm.TraitForm((this.trait.getValue() != null) ? this.trait.getValue().code() : "",
					(this.weight.getValue() != null) ? this.weight.getValue() : 0,
					this.questions.stream().map(KitQuestionEditor::form).toList());
		}

	}

}
