package org.servewell.web.ui.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.TraitSummary;
import org.servewell.content.ContentLimits;
import org.servewell.content.InterviewKitCheck;
import org.servewell.content.RatingScale;
import org.servewell.hiring.HiringNotFoundException;
import org.servewell.hiring.InterviewKitDetails;
import org.servewell.hiring.InterviewKitService;
import org.servewell.hiring.InvalidKitException;
import org.servewell.hiring.KitForm;
import org.servewell.hiring.KitOrigin;
import org.servewell.people.Roles;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Notices;
import org.servewell.web.ui.components.ProblemList;

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

	final TextField title = new TextField(getTranslation("hiring.kits.kit-title"));

	final TextField forRole = new TextField(getTranslation("hiring.kits.for-role"));

	final BigDecimalField threshold = new BigDecimalField(getTranslation("hiring.kits.threshold"));

	final Div problems = new Div();

	final Div traitList = new Div();

	final List<KitTraitEditor> traits = new ArrayList<>();

	final Button addTrait = new Button(getTranslation("hiring.kit.add-trait"), new Icon(VaadinIcon.PLUS));

	final Button save = new Button(getTranslation("hiring.kit.save"));

	InterviewKitDetails kit;

	/**
	 * Checks the title, role and threshold against the annotations on {@link KitForm};
	 * the traits are their editors' own.
	 */
	private final BeanValidationBinder<KitForm> binder = FormBinder.forRecord(KitForm.class);

	/** The traits' forms, handed to the binder when the kit is written. */
	private final ReadOnlyHasValue<List<KitForm.TraitForm>> traitForms = new ReadOnlyHasValue<>((shown) -> {
	}, List.of());

	KitEditorView(InterviewKitService kits, CatalogService catalog) {
		this.kits = kits;
		this.traitModel = catalog.listTraits();
		addClassNames("sw-page", "sw-editor");
		this.title.setMaxLength(ContentLimits.MAX_TITLE_LENGTH);
		this.title.setRequiredIndicatorVisible(true);
		this.forRole.setMaxLength(ContentLimits.MAX_AUDIENCE_LENGTH);
		this.forRole.setRequiredIndicatorVisible(true);
		this.threshold.setHelperText(
				getTranslation("hiring.kit.threshold.help", ScreeningText.decimal(RatingScale.LOWEST, 2, getLocale()),
						ScreeningText.decimal(RatingScale.HIGHEST, 2, getLocale())));
		this.threshold.setRequiredIndicatorVisible(true);
		this.problems.addClassName("sw-problems");
		this.problems.getElement().setAttribute("role", "alert");
		this.traitList.addClassName("sw-options");
		this.addTrait.addClickListener((click) -> {
			this.traits.add(traitEditor(null));
			renderTraits();
		});
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> save());
		this.binder.forField(this.title).bind("title");
		this.binder.forField(this.forRole).bind("forRole");
		this.binder.forField(this.threshold).bind("passThreshold");
		this.binder.forField(this.traitForms).bind("traits");
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
			add(new H2(getTranslation("hiring.kit.missing")), new Paragraph(getTranslation("hiring.kit.missing.text")),
					new RouterLink(getTranslation("hiring.kit.missing.back"), KitsView.class));
		}
	}

	@Override
	public String getPageTitle() {
		return (this.kit != null) ? getTranslation("hiring.kit.title", this.kit.title())
				: getTranslation("hiring.kit.title.none");
	}

	private void show(InterviewKitDetails shown) {
		this.kit = shown;
		removeAll();
		add(new RouterLink(getTranslation("hiring.kit.all"), KitsView.class), new H2(shown.title()),
				new Paragraph(getTranslation("hiring.kit.version", String.valueOf(shown.versionNumber()),
						getTranslation(KitsView.originKey(shown.origin())))));
		if (shown.origin() != KitOrigin.CUSTOM || shown.retired()) {
			add(new Paragraph(getTranslation(shown.retired() ? "hiring.kit.retired" : "hiring.kit.bundled")));
			return;
		}
		KitForm form = KitForm.of(shown);
		this.binder.readRecord(form);
		this.traits.clear();
		form.traits().forEach((trait) -> this.traits.add(traitEditor(trait)));
		showProblems(this.problems, List.of());
		renderTraits();
		Div details = new Div(this.title, this.forRole, this.threshold);
		details.addClassNames("sw-toolbar", "sw-toolbar-fields");
		Div actions = new Div(this.addTrait, this.save);
		actions.addClassName("sw-toolbar");
		add(new Paragraph(getTranslation("hiring.kit.rules",
				getTranslation("hiring.kit.range", ContentLimits.MIN_KIT_TRAITS, ContentLimits.MAX_KIT_TRAITS),
				getTranslation("hiring.kit.range", ContentLimits.MIN_WEIGHT, ContentLimits.MAX_WEIGHT),
				getTranslation("hiring.kit.either", ContentLimits.MIN_QUESTIONS, ContentLimits.MAX_QUESTIONS))),
				this.problems, details, this.traitList, actions);
	}

	/**
	 * The kit as entered, every field checked and any problem shown beside it.
	 * @throws ValidationException when a field breaks a rule
	 */
	KitForm form() throws ValidationException {
		boolean right = this.binder.validate().isOk();
		for (KitTraitEditor trait : this.traits) {
			right &= trait.check();
		}
		if (!right) {
			// Every field is checked, and marked, before any is written.
			throw new ValidationException(List.of(), List.of());
		}
		List<KitForm.TraitForm> forms = new ArrayList<>();
		for (KitTraitEditor trait : this.traits) {
			forms.add(trait.form());
		}
		this.traitForms.setValue(forms);
		return this.binder.writeRecord();
	}

	void save() {
		showProblems(this.problems, List.of());
		this.traits.forEach((trait) -> showProblems(trait.problems, List.of()));
		KitForm form;
		try {
			form = form();
		}
		catch (ValidationException ex) {
			showProblems(this.problems, List.of(getTranslation("hiring.kit.fix")));
			return;
		}
		try {
			InterviewKitDetails saved = this.kits.saveKit(this.kit.code(), this.kit.versionNumber(), form);
			Notices.noted(getTranslation(
					(saved.versionNumber() == this.kit.versionNumber()) ? "hiring.kit.unchanged" : "hiring.kit.saved",
					String.valueOf(saved.versionNumber())));
			show(saved);
		}
		catch (InvalidKitException ex) {
			List<String> whole = new ArrayList<>(List.of(ErrorReporting.refused(ex)));
			Map<KitTraitEditor, List<String>> byTrait = new LinkedHashMap<>();
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
		catch (ConstraintViolationException ex) {
			showProblems(this.problems,
					ex.getConstraintViolations().stream().map(ConstraintViolation::getMessage).toList());
		}
		catch (Refusal ex) {
			showProblems(this.problems, List.of(ErrorReporting.refused(ex)));
		}
	}

	/** An editor for one trait, which this page removes and moves in its list. */
	private KitTraitEditor traitEditor(KitForm.TraitForm form) {
		return new KitTraitEditor(this.traitModel, form, (trait) -> {
			this.traits.remove(trait);
			renderTraits();
		}, (trait, by) -> {
			if (move(this.traits, trait, by)) {
				renderTraits();
			}
		});
	}

	private void renderTraits() {
		this.traitList.removeAll();
		for (int i = 0; i < this.traits.size(); i++) {
			this.traits.get(i).number(i + 1);
			this.traitList.add(this.traits.get(i));
		}
	}

	private static void showProblems(Div target, List<String> problems) {
		ProblemList.showOrHide(target, null, problems);
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

}
