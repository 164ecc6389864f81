package org.servewell.web.ui.studio;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.servewell.authoring.BankHealthService;
import org.servewell.authoring.DraftProblem;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.authoring.GiftTransferService;
import org.servewell.catalog.CatalogService;
import org.servewell.catalog.TraitSummary;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.Notices;
import org.servewell.web.ui.components.ProblemList;

import static org.servewell.web.ui.components.IconButtons.iconButton;

/**
 * The draft's scenario bank: searched and filtered by trait, each scenario with its
 * problems and how it did with learners, edited in the scenario editor, and brought in or
 * taken out as GIFT; beside it (below it on a phone), the bank's health.
 */
class ScenarioBankTab extends Div {

	/** How an exported bank's file name ends, after the course's id. */
	private static final String GIFT_SUFFIX = ".gift.txt";

	private static final String GIFT_TYPE = "text/plain;charset=utf-8";

	private final StudioDraft course;

	private final DraftService drafts;

	private final GiftTransferService giftTransfer;

	private final CatalogService catalog;

	private final BankFigures figures;

	final TextField search = new TextField();

	final ComboBox<TraitSummary> traitFilter = new ComboBox<>();

	final Grid<DraftView.Scenario> grid = new Grid<>();

	final BankHealthPanel health;

	/** Says why ratings and figures are hidden, to a trainer keying the draft blind. */
	final Paragraph keyingNotice = new Paragraph(getTranslation("studio.bank.keying"));

	private final Button add = new Button(getTranslation("studio.bank.add"), new Icon(VaadinIcon.PLUS));

	private final Button importGift = new Button(getTranslation("studio.bank.import"), new Icon(VaadinIcon.UPLOAD));

	private Anchor export;

	private Grid.Column<DraftView.Scenario> analysisColumn;

	ScenarioBankTab(StudioDraft course, DraftService drafts, GiftTransferService giftTransfer, CatalogService catalog,
			BankFigures figures, BankHealthService bankHealth) {
		this.course = course;
		this.drafts = drafts;
		this.giftTransfer = giftTransfer;
		this.catalog = catalog;
		this.figures = figures;
		addClassName("sw-studio-tab");
		configureFilters();
		this.add.addClickListener((click) -> edit(null));
		this.importGift.addClickListener((click) -> new GiftImportDialog(course, giftTransfer).open());
		this.export = giftExport();
		HorizontalLayout filters = new HorizontalLayout(this.search, this.traitFilter, this.add, this.importGift,
				this.export);
		filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
		filters.setWrap(true);
		buildGrid();
		this.health = new BankHealthPanel(course, bankHealth, this::editById);
		Div bankAndHealth = new Div(this.grid, this.health);
		bankAndHealth.addClassName("sw-bank-split");
		this.keyingNotice.addClassName("sw-keying-notice");
		this.keyingNotice.getElement().setAttribute("role", "note");
		this.keyingNotice.setVisible(false);
		add(this.keyingNotice, filters, bankAndHealth);
		course.onChange((changed) -> {
			if (changed.draft() == null) {
				this.grid.setItems(List.of());
				return;
			}
			showBlind(changed.draft().ratingsHidden());
			this.figures.refresh(changed);
			filter();
		});
	}

	private void configureFilters() {
		this.search.setPlaceholder(getTranslation("studio.bank.search"));
		this.search.setAriaLabel(getTranslation("studio.bank.search.label"));
		this.search.setClearButtonVisible(true);
		this.search.setPrefixComponent(new Icon(VaadinIcon.SEARCH));
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addValueChangeListener((change) -> filter());
		this.traitFilter.setPlaceholder(getTranslation("studio.bank.trait"));
		this.traitFilter.setAriaLabel(getTranslation("studio.bank.trait.label"));
		this.traitFilter.setItems(this.catalog.listTraits());
		this.traitFilter.setItemLabelGenerator(TraitSummary::name);
		this.traitFilter.setClearButtonVisible(true);
		this.traitFilter.addValueChangeListener((change) -> filter());
	}

	private void buildGrid() {
		this.grid.addColumn(DraftView.Scenario::title).setHeader(getTranslation("studio.bank.scenario")).setFlexGrow(4);
		this.grid.addColumn((scenario) -> String.join(", ", scenario.traits()))
			.setHeader(getTranslation("studio.bank.traits"))
			.setFlexGrow(2);
		this.grid
			.addComponentColumn((scenario) -> ProblemList
				.badge(this.course.draft().problemsOf(DraftProblem.Part.SCENARIO, scenario.id()).size()))
			.setHeader(getTranslation("studio.checks"))
			.setAutoWidth(true);
		this.analysisColumn = this.grid
			.addComponentColumn((scenario) -> this.figures.cell(this, getLocale(), scenario, () -> edit(scenario)))
			.setHeader(getTranslation("studio.bank.analysis"))
			.setFlexGrow(2);
		this.grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAllRowsVisible(true);
		this.grid.setAriaLabel(getTranslation("studio.bank.grid"));
		this.grid.setEmptyStateText(getTranslation("studio.bank.empty"));
		this.grid.addItemDoubleClickListener((event) -> edit(event.getItem()));
	}

	private Component actions(DraftView.Scenario scenario) {
		Button edit = iconButton(VaadinIcon.EDIT, getTranslation("studio.edit", scenario.title()),
				() -> edit(scenario));
		edit.setEnabled(!blind());
		Button remove = iconButton(VaadinIcon.TRASH, getTranslation("studio.remove.named", scenario.title()),
				() -> Confirmation.ask(getTranslation("studio.bank.remove.title"),
						getTranslation("studio.bank.remove.text", scenario.title()), getTranslation("studio.remove"),
						() -> this.course.change(
								() -> this.drafts.removeScenario(this.course.code(), scenario.id(), scenario.version()),
								getTranslation("studio.bank.removed"))));
		return new HorizontalLayout(edit, remove);
	}

	private Anchor giftExport() {
		Anchor export = new Anchor(DownloadHandler.fromInputStream((event) -> {
			String code = this.course.code();
			byte[] gift = this.giftTransfer.exportGift(code).getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(gift), code + GIFT_SUFFIX, GIFT_TYPE, gift.length);
		}), "");
		export.add(new Icon(VaadinIcon.DOWNLOAD), new Span(getTranslation("studio.bank.export")));
		export.getElement().setAttribute("download", true);
		export.addClassName("sw-export");
		return export;
	}

	/**
	 * Whether the signed-in trainer keys the draft blind: its ratings are hidden and the
	 * service refuses what would show them.
	 */
	private boolean blind() {
		DraftView draft = this.course.draft();
		return draft != null && draft.ratingsHidden();
	}

	private void showBlind(boolean blind) {
		this.keyingNotice.setVisible(blind);
		this.add.setEnabled(!blind);
		this.importGift.setEnabled(!blind);
		this.export.setEnabled(!blind);
		this.export.setVisible(!blind);
		this.analysisColumn.setVisible(!blind);
	}

	private void filter() {
		DraftView draft = this.course.draft();
		if (draft == null) {
			return;
		}
		String text = this.search.getValue().strip().toLowerCase(Locale.ROOT);
		TraitSummary trait = this.traitFilter.getValue();
		this.grid.setItems(draft.scenarios()
			.stream()
			.filter((scenario) -> text.isEmpty()
					|| (scenario.title() + " " + scenario.key() + " " + scenario.situation() + " " + scenario.prompt())
						.toLowerCase(Locale.ROOT)
						.contains(text))
			.filter((scenario) -> trait == null || scenario.traits().contains(trait.code()))
			.toList());
	}

	/** Opens a scenario the bank health names, unless someone removed it meanwhile. */
	private void editById(long scenarioId) {
		DraftView draft = this.course.draft();
		if (draft == null) {
			return;
		}
		draft.scenarios()
			.stream()
			.filter((scenario) -> scenario.id() == scenarioId)
			.findFirst()
			.ifPresentOrElse(this::edit, () -> Notices.noted(getTranslation("studio.bank.gone")));
	}

	/**
	 * Gives focus back to the saved scenario's edit button once the grid has drawn it
	 * again: the button that opened the editor went when the bank was refreshed, so the
	 * dialog could not return focus to it.
	 */
	private void focusEditButton(String title) {
		this.grid.getElement().executeJs("""
				const label = $0;
				let tries = 40;
				const mine = (element) => element && element.localName === 'vaadin-button'
				    && element.getAttribute('aria-label') === label;
				// The grid draws the new button a round trip later, and the closing editor
				// keeps focus from the page meanwhile: keep at it while focus is nowhere,
				// in the editor or on this button, for up to four seconds.
				const focus = () => {
				  const active = document.activeElement;
				  const waiting = !active || active === document.body || active.closest('vaadin-dialog');
				  if (waiting) {
				    const button = [...this.querySelectorAll('vaadin-button')].find(mine);
				    if (button) {
				      button.focus();
				    }
				  }
				  if ((waiting || mine(active)) && tries-- > 0) {
				    setTimeout(focus, 100);
				  }
				};
				focus();""", getTranslation("studio.edit", title));
	}

	private void edit(DraftView.Scenario scenario) {
		DraftView draft = this.course.draft();
		if (draft == null) {
			return;
		}
		if (draft.ratingsHidden()) {
			Notices.noted(getTranslation("studio.bank.keying.first"));
			return;
		}
		new ScenarioEditor(scenario, this.course.code(), this.catalog.listTraits(), this.drafts.sourceChoices(),
				draft.problemsOf(DraftProblem.Part.SCENARIO, (scenario != null) ? scenario.id() : -1L),
				this.figures.of(scenario), this.figures.version(), (edited) -> {
					DraftView saved = this.course.change(() -> this.drafts.saveScenario(this.course.code(), edited),
							getTranslation("studio.bank.saved"));
					if (saved != null && scenario != null) {
						focusEditButton(edited.title());
					}
					return (saved != null) ? saved.problemsOfSavedScenario(edited.id(), edited.key()) : null;
				})
			.open();
	}

}
