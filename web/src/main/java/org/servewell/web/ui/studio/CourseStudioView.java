package org.servewell.web.ui.studio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.audit.AuditEntry;
import org.servewell.audit.AuditTrail;
import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.AuthoringRefusedException;
import org.servewell.authoring.CourseAuditSubject;
import org.servewell.authoring.CourseTransferService;
import org.servewell.authoring.CourseExport;
import org.servewell.authoring.DraftProblem;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.authoring.GiftTransferService;
import org.servewell.authoring.PublishingService;
import org.servewell.authoring.GiftPreview;
import org.servewell.authoring.StaleDraftException;
import org.servewell.catalog.CatalogService;
import org.servewell.catalog.TraitSummary;
import org.servewell.catalog.VersionSummary;
import org.servewell.content.ContentLimits;
import org.servewell.learning.ItemAnalysis;
import org.servewell.learning.ItemAnalysisService;
import org.servewell.learning.ItemFlag;
import org.servewell.people.Roles;
import org.servewell.web.ui.components.AccessibleTabSheet;

import static org.servewell.web.ui.components.IconButtons.iconButton;

/**
 * One course in the studio: its draft's details, lessons and scenario bank with every
 * problem shown where it is, publishing, and the course's versions and history.
 */
@Route("studio/course")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class CourseStudioView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

	private final DraftService drafts;

	private final PublishingService publishing;

	private final CourseTransferService transfer;

	private final GiftTransferService giftTransfer;

	private final CatalogService catalog;

	private final AuditTrail audit;

	private final ItemAnalysisService itemAnalysis;

	/** How the scenarios did in the version the draft was copied from, by scenario id. */
	private Map<String, ItemAnalysis> analysed = Map.of();

	private Integer analysedVersion;

	private String code;

	private DraftView draft;

	final H2 heading = new H2();

	final Span status = new Span();

	final Span readiness = new Span();

	final Button publish = new Button("Publish", new Icon(VaadinIcon.UPLOAD));

	final Button discard = new Button("Discard draft");

	final Button preview = new Button("Preview as a learner", new Icon(VaadinIcon.EYE));

	final Button startDraft = new Button("Start a draft", new Icon(VaadinIcon.EDIT));

	final AccessibleTabSheet tabs = new AccessibleTabSheet();

	private final Tab detailsTab;

	private final Tab lessonsTab;

	private final Tab scenariosTab;

	final Div detailsProblems = new Div();

	final TextField title = new TextField("Title");

	final TextArea summary = new TextArea("Summary");

	final TextField audience = new TextField("Audience");

	final IntegerField minutes = new IntegerField("Estimated minutes");

	final IntegerField perAttempt = new IntegerField("Scenarios per attempt");

	final IntegerField passMark = new IntegerField("Pass mark (%)");

	final IntegerField attemptsAllowed = new IntegerField("Attempts allowed");

	final Checkbox shuffle = new Checkbox("Shuffle options in each attempt");

	final IntegerField renewAfter = new IntegerField("Renew after (months)");

	final Button saveDetails = new Button("Save details");

	final Grid<DraftView.Lesson> lessons = new Grid<>();

	final Grid<DraftView.Scenario> scenarios = new Grid<>();

	final TextField scenarioSearch = new TextField();

	final ComboBox<TraitSummary> traitFilter = new ComboBox<>();

	final Grid<VersionSummary> versions = new Grid<>();

	final Grid<AuditEntry> history = new Grid<>();

	CourseStudioView(DraftService drafts, PublishingService publishing, CourseTransferService transfer,
			GiftTransferService giftTransfer, CatalogService catalog, AuditTrail audit,
			ItemAnalysisService itemAnalysis) {
		this.drafts = drafts;
		this.publishing = publishing;
		this.transfer = transfer;
		this.giftTransfer = giftTransfer;
		this.catalog = catalog;
		this.audit = audit;
		this.itemAnalysis = itemAnalysis;
		addClassName("sw-page");
		addClassName("sw-studio");

		this.publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.publish.addClickListener((click) -> openPublish());
		this.discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		this.discard.addClickListener((click) -> confirmDiscard());
		this.startDraft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.startDraft.addClickListener((click) -> change(() -> this.drafts.startDraft(this.code), "Draft started."));
		this.readiness.getElement().setAttribute("role", "status");
		Anchor export = new Anchor(DownloadHandler.fromInputStream((event) -> {
			CourseExport zip = this.transfer.exportCourse(this.code);
			return new DownloadResponse(new ByteArrayInputStream(zip.zip()), zip.fileName(), "application/zip",
					zip.zip().length);
		}), "");
		export.add(new Icon(VaadinIcon.DOWNLOAD), new Span("Export (zip)"));
		export.getElement().setAttribute("download", true);
		export.addClassName("sw-export");
		this.preview.addClickListener((click) -> new PreviewDialog(this.draft).open());
		Div toolbar = new Div(this.startDraft, this.publish, this.preview, this.discard, export);
		toolbar.addClassName("sw-toolbar");
		Div statusLine = new Div(this.readiness, this.status);
		statusLine.addClassName("sw-studio-status");

		this.detailsTab = this.tabs.add("Details", details());
		this.lessonsTab = this.tabs.add("Lessons", lessonsTab());
		this.scenariosTab = this.tabs.add("Scenarios", scenariosTab());
		this.tabs.add("Versions", versionsTab());
		this.tabs.add("History", historyTab());
		this.tabs.setWidthFull();

		add(this.heading, statusLine, toolbar, this.tabs);
	}

	@Override
	public void setParameter(BeforeEvent event, String courseCode) {
		this.code = courseCode;
		reload();
	}

	@Override
	public String getPageTitle() {
		return "Studio: " + (this.heading.getText().isBlank() ? this.code : this.heading.getText());
	}

	/** Reads the draft (if any), versions and history again and shows them. */
	void reload() {
		this.analysed = Map.of();
		try {
			show(this.drafts.draft(this.code));
		}
		catch (AuthoringNotFoundException ex) {
			show(null);
		}
	}

	private void show(DraftView shown) {
		boolean started = this.draft == null && shown != null;
		this.draft = shown;
		List<VersionSummary> published = this.publishing.versions(this.code);
		this.versions.setItems(published.reversed());
		Integer version = (shown != null && shown.basedOnVersion() != null) ? shown.basedOnVersion()
				: published.isEmpty() ? null : published.getLast().number();
		if (started || !java.util.Objects.equals(version, this.analysedVersion) || this.analysed.isEmpty()) {
			// The answers behind the figures do not change as the draft is edited: read
			// them
			// when the version or the draft changes, not after every save.
			this.analysedVersion = version;
			this.analysed = (version == null) ? Map.of()
					: this.itemAnalysis.analyse(this.code, version)
						.items()
						.stream()
						.collect(Collectors.toMap(ItemAnalysis::scenarioKey, Function.identity(), (a, b) -> a));
		}
		this.history.setItems(this.audit.recent(new CourseAuditSubject(this.code).text(), 200));
		boolean editing = shown != null;
		this.startDraft.setVisible(!editing);
		for (Tab tab : List.of(this.detailsTab, this.lessonsTab, this.scenariosTab)) {
			tab.setEnabled(editing);
		}
		this.publish.setVisible(editing);
		this.discard.setVisible(editing);
		this.preview.setVisible(editing);
		if (!editing) {
			this.heading.setText(published.isEmpty() ? this.code : published.getLast().title());
			this.readiness.setText("No draft");
			this.readiness.getElement().getThemeList().set("badge", true);
			this.readiness.getElement().getThemeList().remove("error");
			this.readiness.getElement().getThemeList().remove("success");
			this.status.setText(published.isEmpty() ? "" : "Published as version " + published.getLast().number()
					+ ". Start a draft to change it; the published version stays in use until you publish.");
			this.lessons.setItems(List.of());
			this.scenarios.setItems(List.of());
			this.lessonsTab.setLabel("Lessons");
			this.scenariosTab.setLabel("Scenarios");
			setDetailsEnabled(false);
			this.tabs.setSelectedIndex(3);
			return;
		}
		setDetailsEnabled(true);
		if (started) {
			this.tabs.setSelectedIndex(0);
		}
		this.heading.setText(shown.details().title().isBlank() ? this.code : shown.details().title());
		this.status.setText(((shown.basedOnVersion() != null)
				? "Draft of version " + (shown.basedOnVersion() + 1) + ", copied from version " + shown.basedOnVersion()
				: "Draft of a new course") + ". Last changed by " + shown.updatedBy() + ", "
				+ StudioView.WHEN.format(shown.updatedAt()) + ".");
		int problems = shown.problems().size();
		this.readiness.setText((problems == 0) ? "Ready to publish"
				: problems + ((problems == 1) ? " problem" : " problems") + " to fix");
		this.readiness.getElement().getThemeList().set("badge", true);
		this.readiness.getElement().getThemeList().set("success", problems == 0);
		this.readiness.getElement().getThemeList().set("error", problems > 0);
		this.publish.setEnabled(problems == 0);
		this.publish.setTooltipText((problems == 0) ? null : "Fix the problems shown first.");
		fillDetails(shown.details());
		showProblems(this.detailsProblems, shown.problemsOf(DraftProblem.Part.DETAILS, null));
		this.lessons.setItems(shown.lessons());
		filterScenarios();
		this.lessonsTab.setLabel("Lessons (" + shown.lessons().size() + ")");
		this.scenariosTab.setLabel("Scenarios (" + shown.scenarios().size() + ")");
	}

	private Component details() {
		this.summary.setMaxLength(ContentLimits.MAX_SUMMARY_LENGTH);
		this.title.setMaxLength(ContentLimits.MAX_TITLE_LENGTH);
		this.audience.setMaxLength(ContentLimits.MAX_AUDIENCE_LENGTH);
		for (TextField field : List.of(this.title, this.audience)) {
			field.setRequired(true);
			field.setValueChangeMode(ValueChangeMode.EAGER);
		}
		this.summary.setRequired(true);
		this.minutes.setMin(1);
		this.minutes.setMax(600);
		this.perAttempt.setMin(1);
		this.passMark.setMin(1);
		this.passMark.setMax(100);
		this.attemptsAllowed.setMin(1);
		this.renewAfter.setMin(0);
		this.renewAfter.setMax(120);
		this.renewAfter.setHelperText("0 for never; otherwise a completion expires and the course is due again.");
		for (IntegerField field : List.of(this.minutes, this.perAttempt, this.passMark, this.attemptsAllowed,
				this.renewAfter)) {
			field.setStepButtonsVisible(true);
			field.setRequired(true);
		}
		this.saveDetails.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.saveDetails.addClickListener((click) -> saveDetails());
		FormLayout form = new FormLayout(this.title, this.audience, this.summary, this.minutes, this.perAttempt,
				this.passMark, this.attemptsAllowed, this.renewAfter, this.shuffle);
		form.setColspan(this.summary, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
		Div tab = new Div(this.detailsProblems, form, this.saveDetails);
		tab.addClassName("sw-studio-tab");
		return tab;
	}

	private void setDetailsEnabled(boolean enabled) {
		for (Component field : List.of(this.title, this.summary, this.audience, this.minutes, this.perAttempt,
				this.passMark, this.attemptsAllowed, this.shuffle, this.renewAfter, this.saveDetails)) {
			field.getElement().setEnabled(enabled);
		}
	}

	private void fillDetails(DraftView.Details details) {
		this.title.setValue(details.title());
		this.summary.setValue(details.summary());
		this.audience.setValue(details.audience());
		this.minutes.setValue(details.estimatedMinutes());
		this.perAttempt.setValue(details.scenariosPerAttempt());
		this.passMark.setValue(details.passMark());
		this.attemptsAllowed.setValue(details.attemptsAllowed());
		this.shuffle.setValue(details.shuffleOptions());
		this.renewAfter.setValue(details.renewAfterMonths());
	}

	private void saveDetails() {
		for (IntegerField field : List.of(this.minutes, this.perAttempt, this.passMark, this.attemptsAllowed,
				this.renewAfter)) {
			if (field.getValue() == null || field.isInvalid()) {
				field.setInvalid(true);
				field.setErrorMessage("Enter a whole number"
						+ ((field.getMin() > Integer.MIN_VALUE) ? " from " + (int) field.getMin() : "")
						+ ((field.getMax() < Integer.MAX_VALUE) ? " to " + (int) field.getMax() : "") + ".");
				field.focus();
				return;
			}
		}
		DraftView.Details details = new DraftView.Details(this.title.getValue(), this.summary.getValue(),
				this.audience.getValue(), this.minutes.getValue(), this.perAttempt.getValue(), this.passMark.getValue(),
				this.attemptsAllowed.getValue(), this.shuffle.getValue(), this.renewAfter.getValue(),
				this.draft.details().version());
		change(() -> this.drafts.saveDetails(this.code, details), "Details saved.");
	}

	private Component lessonsTab() {
		this.lessons.addColumn((lesson) -> this.draft.lessons().indexOf(lesson) + 1)
			.setHeader("#")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.lessons.addColumn(DraftView.Lesson::title).setHeader("Lesson").setFlexGrow(3);
		this.lessons
			.addComponentColumn(
					(lesson) -> problemBadge(this.draft.problemsOf(DraftProblem.Part.LESSON, lesson.id()).size()))
			.setHeader("Checks")
			.setAutoWidth(true);
		this.lessons.addComponentColumn(this::lessonActions).setHeader("").setAutoWidth(true).setFlexGrow(0);
		this.lessons.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.lessons.setAllRowsVisible(true);
		this.lessons.setAriaLabel("Lessons");
		this.lessons.addItemDoubleClickListener((event) -> editLesson(event.getItem()));
		Button add = new Button("Add lesson", new Icon(VaadinIcon.PLUS), (click) -> editLesson(null));
		Div tab = new Div(new Div(add), this.lessons);
		tab.addClassName("sw-studio-tab");
		return tab;
	}

	private Component lessonActions(DraftView.Lesson lesson) {
		int index = this.draft.lessons().indexOf(lesson);
		Button up = iconButton(VaadinIcon.ARROW_UP, "Move '" + lesson.title() + "' up",
				() -> change(() -> this.drafts.moveLesson(this.code, lesson.id(), index - 1), null));
		up.setEnabled(index > 0);
		Button down = iconButton(VaadinIcon.ARROW_DOWN, "Move '" + lesson.title() + "' down",
				() -> change(() -> this.drafts.moveLesson(this.code, lesson.id(), index + 1), null));
		down.setEnabled(index < this.draft.lessons().size() - 1);
		Button edit = iconButton(VaadinIcon.EDIT, "Edit '" + lesson.title() + "'", () -> editLesson(lesson));
		Button remove = iconButton(VaadinIcon.TRASH, "Remove '" + lesson.title() + "'",
				() -> confirm("Remove lesson?", "'" + lesson.title() + "' will be removed from the draft.", "Remove",
						() -> change(() -> this.drafts.removeLesson(this.code, lesson.id(), lesson.version()),
								"Lesson removed.")));
		return new HorizontalLayout(up, down, edit, remove);
	}

	private void editLesson(DraftView.Lesson lesson) {
		if (this.draft == null) {
			return;
		}
		new LessonEditor(lesson, this.draft, this.drafts.sourceChoices(), (edited) -> {
			DraftView saved = change(() -> this.drafts.saveLesson(this.code, edited), "Lesson saved.");
			return (saved != null) ? problemsOfSaved(saved, DraftProblem.Part.LESSON, edited.id(),
					saved.lessons()
						.stream()
						.filter((l) -> l.key().equals(edited.key().strip()))
						.map(DraftView.Lesson::id)
						.toList())
					: null;
		}).open();
	}

	private Component scenariosTab() {
		this.scenarioSearch.setPlaceholder("Search title, id or text");
		this.scenarioSearch.setAriaLabel("Search scenarios");
		this.scenarioSearch.setClearButtonVisible(true);
		this.scenarioSearch.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
		this.scenarioSearch.setValueChangeMode(ValueChangeMode.LAZY);
		this.scenarioSearch.addValueChangeListener((change) -> filterScenarios());
		this.traitFilter.setPlaceholder("Any trait");
		this.traitFilter.setAriaLabel("Filter by trait");
		this.traitFilter.setItems(this.catalog.listTraits());
		this.traitFilter.setItemLabelGenerator(TraitSummary::name);
		this.traitFilter.setClearButtonVisible(true);
		this.traitFilter.addValueChangeListener((change) -> filterScenarios());

		this.scenarios.addColumn(DraftView.Scenario::title).setHeader("Scenario").setFlexGrow(4);
		this.scenarios.addColumn((scenario) -> String.join(", ", scenario.traits())).setHeader("Traits").setFlexGrow(2);
		this.scenarios
			.addComponentColumn(
					(scenario) -> problemBadge(this.draft.problemsOf(DraftProblem.Part.SCENARIO, scenario.id()).size()))
			.setHeader("Checks")
			.setAutoWidth(true);
		this.scenarios.addComponentColumn((scenario) -> flagsButton(scenario))
			.setHeader("Item analysis")
			.setFlexGrow(2);
		this.scenarios.addComponentColumn((scenario) -> {
			Button edit = iconButton(VaadinIcon.EDIT, "Edit '" + scenario.title() + "'", () -> editScenario(scenario));
			Button remove = iconButton(VaadinIcon.TRASH, "Remove '" + scenario.title() + "'",
					() -> confirm("Remove scenario?", "'" + scenario.title() + "' will be removed from the bank.",
							"Remove",
							() -> change(() -> this.drafts.removeScenario(this.code, scenario.id(), scenario.version()),
									"Scenario removed.")));
			return new HorizontalLayout(edit, remove);
		}).setHeader("").setAutoWidth(true).setFlexGrow(0);
		this.scenarios.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.scenarios.setAllRowsVisible(true);
		this.scenarios.setAriaLabel("Scenario bank");
		this.scenarios.setEmptyStateText("No scenarios match.");
		this.scenarios.addItemDoubleClickListener((event) -> editScenario(event.getItem()));
		Button add = new Button("Add scenario", new Icon(VaadinIcon.PLUS), (click) -> editScenario(null));
		Button importGift = new Button("Import GIFT", new Icon(VaadinIcon.UPLOAD), (click) -> openGiftImport());
		Anchor exportGift = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] gift = this.giftTransfer.exportGift(this.code).getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(gift), this.code + ".gift.txt",
					"text/plain;charset=utf-8", gift.length);
		}), "");
		exportGift.add(new Icon(VaadinIcon.DOWNLOAD), new Span("Export GIFT"));
		exportGift.getElement().setAttribute("download", true);
		exportGift.addClassName("sw-export");
		HorizontalLayout filters = new HorizontalLayout(this.scenarioSearch, this.traitFilter, add, importGift,
				exportGift);
		filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		filters.setWrap(true);
		Div tab = new Div(filters, this.scenarios);
		tab.addClassName("sw-studio-tab");
		return tab;
	}

	private void filterScenarios() {
		if (this.draft == null) {
			return;
		}
		String text = this.scenarioSearch.getValue().strip().toLowerCase(Locale.ROOT);
		TraitSummary trait = this.traitFilter.getValue();
		this.scenarios.setItems(this.draft.scenarios()
			.stream()
			.filter((scenario) -> text.isEmpty()
					|| (scenario.title() + " " + scenario.key() + " " + scenario.situation() + " " + scenario.prompt())
						.toLowerCase(Locale.ROOT)
						.contains(text))
			.filter((scenario) -> trait == null || scenario.traits().contains(trait.code()))
			.toList());
	}

	private void editScenario(DraftView.Scenario scenario) {
		if (this.draft == null) {
			return;
		}
		new ScenarioEditor(scenario, this.code, this.catalog.listTraits(), this.drafts.sourceChoices(),
				this.draft.problemsOf(DraftProblem.Part.SCENARIO, (scenario != null) ? scenario.id() : -1L),
				(scenario != null) ? this.analysed.get(scenario.key()) : null, this.analysedVersion, (edited) -> {
					DraftView saved = change(() -> this.drafts.saveScenario(this.code, edited), "Scenario saved.");
					return (saved != null) ? problemsOfSaved(saved, DraftProblem.Part.SCENARIO, edited.id(),
							saved.scenarios()
								.stream()
								.filter((s) -> s.key().equals(edited.key().strip()))
								.map(DraftView.Scenario::id)
								.toList())
							: null;
				})
			.open();
	}

	/**
	 * The problems a saved part still has: by its id, or for a new part by the ids of the
	 * parts with its key.
	 */
	private static List<DraftProblem> problemsOfSaved(DraftView saved, DraftProblem.Part part, long id,
			List<Long> sameKey) {
		return saved.problems()
			.stream()
			.filter((problem) -> problem.part() == part && problem.partId() != null
					&& ((id != 0) ? problem.partId() == id : sameKey.contains(problem.partId())))
			.toList();
	}

	private static String answeredText(ItemAnalysis analysis) {
		if (analysis == null || analysis.answered() == 0) {
			return "No answers yet";
		}
		return analysis.answered() + ((analysis.answered() == 1) ? " answer" : " answers")
				+ ((analysis.facility() != null) ? ", " + Math.round(analysis.facility() * 100) + "% credit" : "");
	}

	/**
	 * The scenario's flags from the item analysis, as a button that opens the scenario:
	 * from a flag to the fix in one click.
	 */
	private Component flagsButton(DraftView.Scenario scenario) {
		ItemAnalysis analysis = this.analysed.get(scenario.key());
		if (analysis == null || analysis.flags().isEmpty()) {
			return new Span(answeredText(analysis));
		}
		String names = analysis.flags()
			.stream()
			.map((flag) -> flag.name().replace('_', ' ').toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(", "));
		Button flags = new Button(answeredText(analysis) + ": " + names, new Icon(VaadinIcon.FLAG),
				(click) -> editScenario(scenario));
		flags.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
		flags.setAriaLabel("Flags on '" + scenario.title() + "': " + names + ". Open the scenario to fix it.");
		flags.setTooltipText(analysis.flags().stream().map(ItemFlag::describe).collect(Collectors.joining(" ")));
		return flags;
	}

	private Component versionsTab() {
		this.versions.addColumn((version) -> "v" + version.number()).setHeader("Version").setAutoWidth(true);
		this.versions.addColumn((version) -> StudioView.WHEN.format(version.publishedAt()))
			.setHeader("Published")
			.setAutoWidth(true);
		this.versions.addColumn((version) -> version.fromStudio() ? version.publishedBy() : "Content files")
			.setHeader("By")
			.setAutoWidth(true);
		this.versions.addColumn((version) -> (version.changeNote() != null) ? version.changeNote() : "")
			.setHeader("Change note")
			.setFlexGrow(3);
		this.versions.addColumn((version) -> version.lessons() + " lessons, " + version.scenarios() + " scenarios")
			.setHeader("Content")
			.setAutoWidth(true);
		this.versions.addComponentColumn((version) -> {
			if (version.retired()) {
				Span retired = new Span("Retired " + StudioView.WHEN.format(version.retiredAt()));
				retired.getElement().getThemeList().add("badge contrast");
				return retired;
			}
			Button retire = new Button("Retire", (click) -> confirm(
					"Retire version " + version.number() + "?", "No new attempts will start on version "
							+ version.number() + ". Attempts in progress finish on it, and completions keep it.",
					"Retire", () -> {
						try {
							this.publishing.retire(this.code, version.number());
							StudioView.success("Version " + version.number() + " retired.");
						}
						catch (AuthoringNotFoundException ex) {
							StudioView.refused(ex.getMessage());
						}
						reload();
					}));
			retire.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
			retire.setAriaLabel("Retire version " + version.number());
			return retire;
		}).setHeader("").setAutoWidth(true);
		this.versions.setAllRowsVisible(true);
		this.versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.versions.setAriaLabel("Published versions");
		this.versions.setEmptyStateText("Not yet published.");
		Div tab = new Div(new Paragraph("Published versions never change. New attempts use the newest version that "
				+ "is not retired; attempts in progress finish on the version they started."), this.versions);
		tab.addClassName("sw-studio-tab");
		return tab;
	}

	private Component historyTab() {
		this.history.addColumn((entry) -> StudioView.WHEN.format(entry.occurredAt()))
			.setHeader("When")
			.setAutoWidth(true);
		this.history.addColumn(AuditEntry::actor).setHeader("Who").setAutoWidth(true);
		this.history.addColumn((entry) -> entry.action().replace('_', ' ').toLowerCase(Locale.ROOT))
			.setHeader("What")
			.setAutoWidth(true);
		this.history.addColumn(AuditEntry::detail).setHeader("Detail").setFlexGrow(3);
		this.history.setAllRowsVisible(true);
		this.history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
		this.history.setAriaLabel("History of this course");
		this.history.setEmptyStateText("Nothing recorded yet.");
		Div tab = new Div(this.history);
		tab.addClassName("sw-studio-tab");
		return tab;
	}

	/**
	 * Imports a GIFT file into the bank: read first and shown (how many scenarios, which
	 * questions of other types would be left out), then added all at once on
	 * confirmation.
	 */
	private void openGiftImport() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle("Import scenarios from GIFT (Moodle)");
		dialog.setWidth("min(44rem, 96vw)");
		Checkbox leaveOut = new Checkbox("Leave out the questions of other types");
		leaveOut.setVisible(false);
		Button confirm = new Button("Import");
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		confirm.setEnabled(false);
		String[] file = new String[2];
		ImportUpload upload = new ImportUpload(ContentLimits.MAX_GIFT_FILE_BYTES, ".txt", ".gift", "text/plain");
		com.vaadin.flow.function.SerializableRunnable refused = () -> {
			confirm.setEnabled(false);
			leaveOut.setVisible(false);
		};
		upload.onRefusal(refused);
		upload.onFile((fileName, path) -> {
			file[0] = fileName;
			file[1] = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
			try {
				GiftPreview preview = this.giftTransfer.previewGift(this.code, file[1]);
				Div result = new Div(new Paragraph(preview.scenarios().size()
						+ " multiple-choice question(s) become scenarios: "
						+ preview.scenarios().stream().map((s) -> s.title()).collect(Collectors.joining("; "))
						+ ". Add their traits and essay point in the editor; the draft lists what is missing."));
				if (!preview.unsupported().isEmpty()) {
					result.add(new Paragraph("These questions are of types a scenario cannot be:"));
					UnorderedList other = new UnorderedList();
					preview.unsupported().forEach((line) -> other.add(new ListItem(line)));
					result.add(other);
				}
				result.add(new GiftWarnings(preview.warnings()));
				upload.show(result);
				leaveOut.setVisible(!preview.unsupported().isEmpty());
				leaveOut.setValue(false);
				confirm.setEnabled(!preview.scenarios().isEmpty() && preview.unsupported().isEmpty());
			}
			catch (AuthoringRefusedException ex) {
				upload.refused(ex.getMessage(), ex.problems());
				refused.run();
			}
		});
		leaveOut.addValueChangeListener((change) -> confirm.setEnabled(change.getValue()));
		confirm.addClickListener((click) -> {
			DraftView imported = change(
					() -> this.giftTransfer.importGift(this.code, file[1], file[0], leaveOut.getValue()), null);
			if (imported != null) {
				dialog.close();
				StudioView.success("Imported scenarios from " + file[0] + ".");
			}
		});
		dialog.add(new Paragraph("A GIFT text file as Moodle exports it. Multiple-choice questions become scenarios "
				+ "(weights become ratings: 100% is the best response); a syntax error imports nothing. At most "
				+ ImportUpload.megabytes(ContentLimits.MAX_GIFT_FILE_BYTES) + " and "
				+ ContentLimits.MAX_IMPORTED_SCENARIOS + " questions."), upload, leaveOut);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), confirm);
		dialog.open();
	}

	private void openPublish() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(
				"Publish version " + ((this.draft.basedOnVersion() != null) ? this.draft.basedOnVersion() + 1 : 1));
		TextArea note = new TextArea("Change note");
		note.setRequired(true);
		note.setMaxLength(2000);
		note.setWidthFull();
		note.setHelperText("What changed and why, for other trainers and learners' records.");
		Button confirm = new Button("Publish", (click) -> {
			if (note.getValue().isBlank()) {
				note.setInvalid(true);
				note.setErrorMessage("Write a sentence on what changed.");
				return;
			}
			try {
				VersionSummary published = this.publishing.publish(this.code, note.getValue());
				dialog.close();
				StudioView.success("Published version " + published.number()
						+ ". New attempts use it; attempts in progress keep theirs.");
			}
			catch (AuthoringRefusedException | AuthoringNotFoundException ex) {
				dialog.close();
				StudioView.refused(ex.getMessage());
			}
			reload();
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.add(new Paragraph("The version becomes permanent. New attempts use it; learners with an attempt in "
				+ "progress finish on the version they started; assignments stay as they are."), note);
		dialog.getFooter().add(new Button("Cancel", (click) -> dialog.close()), confirm);
		dialog.setWidth("36rem");
		dialog.open();
		note.focus();
	}

	private void confirmDiscard() {
		confirm("Discard the draft?", "Every change in this draft is lost. Published versions are not affected.",
				"Discard", () -> {
					try {
						this.drafts.discardDraft(this.code);
						StudioView.success("Draft discarded.");
					}
					catch (AuthoringNotFoundException ex) {
						StudioView.refused(ex.getMessage());
					}
					reload();
				});
	}

	/**
	 * Runs a change to the draft and shows the result; a refusal (a stale save, a removed
	 * part, a rule) is shown and the draft reloaded as it is now.
	 */
	private DraftView change(Supplier<DraftView> action, String done) {
		try {
			DraftView changed = action.get();
			show(changed);
			if (done != null) {
				StudioView.success(done);
			}
			return changed;
		}
		catch (StaleDraftException | AuthoringRefusedException | AuthoringNotFoundException ex) {
			StudioView.refused(ex.getMessage());
			reload();
			return null;
		}
	}

	private static void showProblems(Div target, List<DraftProblem> problems) {
		target.removeAll();
		if (problems.isEmpty()) {
			return;
		}
		UnorderedList list = new UnorderedList();
		problems.forEach((problem) -> list.add(new ListItem(problem.message())));
		target.add(list);
		target.addClassName("sw-problems");
		target.getElement().setAttribute("role", "alert");
	}

	static Span problemBadge(int problems) {
		Span badge = new Span((problems == 0) ? "OK" : problems + ((problems == 1) ? " problem" : " problems"));
		badge.getElement().getThemeList().add((problems == 0) ? "badge success" : "badge error");
		return badge;
	}

	private static void confirm(String header, String text, String action, Runnable confirmed) {
		ConfirmDialog dialog = new ConfirmDialog(header, text, action, (event) -> confirmed.run());
		dialog.setCancelable(true);
		dialog.setConfirmButtonTheme("error primary");
		dialog.open();
	}

}
