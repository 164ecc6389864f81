package org.servewell.web.ui.screening;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.hiring.HiringRefusedException;
import org.servewell.hiring.InterviewKitDetails;
import org.servewell.hiring.InterviewKitService;
import org.servewell.hiring.KitOrigin;
import org.servewell.people.Roles;
import org.servewell.web.ui.ErrorReporting;
import org.servewell.web.ui.components.Confirmation;
import org.servewell.web.ui.components.Notices;

/**
 * HR's interview kits: the bundled ones, which HR copies, and the custom copies, which HR
 * adjusts or retires.
 */
@Route("candidates/kits")
@RolesAllowed(Roles.HR)
public class KitsView extends Main implements HasDynamicTitle {

	private final InterviewKitService kits;

	final Grid<InterviewKitDetails> grid = new Grid<>();

	KitsView(InterviewKitService kits) {
		this.kits = kits;
		addClassNames("sw-page", "sw-fill");

		this.grid.addColumn(InterviewKitDetails::title)
			.setHeader(getTranslation("hiring.kits.kit-title"))
			.setFlexGrow(2);
		this.grid.addColumn(InterviewKitDetails::forRole)
			.setHeader(getTranslation("hiring.kits.for-role"))
			.setFlexGrow(1);
		this.grid.addComponentColumn(this::originBadge)
			.setHeader(getTranslation("hiring.kits.origin"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn((kit) -> getTranslation("hiring.kits.version.value", String.valueOf(kit.versionNumber())))
			.setHeader(getTranslation("hiring.kits.version"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(KitsView::traits).setHeader(getTranslation("hiring.kits.traits")).setFlexGrow(3);
		this.grid
			.addColumn((kit) -> ScreeningText.decimal(kit.passThreshold().doubleValue(), kit.passThreshold().scale(),
					getLocale()))
			.setHeader(getTranslation("hiring.kits.threshold"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("hiring.kits.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAriaLabel(getTranslation("hiring.kits.title"));
		this.grid.setEmptyStateText(getTranslation("hiring.kits.empty"));

		add(new RouterLink(getTranslation("hiring.candidate.all"), CandidatesView.class),
				new H2(getTranslation("hiring.kits.title")), new Paragraph(getTranslation("hiring.kits.intro")),
				this.grid);
		refresh();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("hiring.kits.title");
	}

	void refresh() {
		this.grid.setItems(this.kits.listKits());
	}

	static String traits(InterviewKitDetails kit) {
		return kit.traits()
			.stream()
			.map((trait) -> trait.traitName() + " (" + trait.weight() + ")")
			.collect(Collectors.joining(", "));
	}

	private Span originBadge(InterviewKitDetails kit) {
		Span badge = new Span(getTranslation(kit.retired() ? "hiring.kits.retired" : originKey(kit.origin())));
		badge.getElement()
			.getThemeList()
			.add(kit.retired() ? "badge contrast" : (kit.origin() == KitOrigin.CUSTOM) ? "badge success" : "badge");
		return badge;
	}

	/** The key of a kit's origin: "hiring.kits.origin.content". */
	static String originKey(KitOrigin origin) {
		return "hiring.kits.origin." + origin.name().toLowerCase(Locale.ROOT);
	}

	private Div actions(InterviewKitDetails kit) {
		Div actions = new Div();
		actions.addClassName("sw-toolbar");
		Button copy = new Button(getTranslation("hiring.kits.copy"), (click) -> copy(kit));
		copy.setAriaLabel(getTranslation("hiring.kits.copy.label", kit.title()));
		actions.add(copy);
		if (kit.origin() == KitOrigin.CUSTOM && !kit.retired()) {
			Button edit = new Button(getTranslation("hiring.kits.edit"), (click) -> edit(kit.code()));
			edit.setAriaLabel(getTranslation("hiring.kits.edit.label", kit.title()));
			edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button retire = new Button(getTranslation("hiring.kits.retire"), (click) -> confirmRetire(kit));
			retire.setAriaLabel(getTranslation("hiring.kits.retire.label", kit.title()));
			retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			actions.add(edit, retire);
		}
		return actions;
	}

	private void copy(InterviewKitDetails kit) {
		InterviewKitDetails copy = this.kits.copyKit(kit.code());
		Notices.noted(getTranslation("hiring.kits.copied", copy.title()));
		edit(copy.code());
	}

	private void edit(String code) {
		getUI().ifPresent((ui) -> ui.navigate(KitEditorView.class, new RouteParameters(KitEditorView.KIT_CODE, code)));
	}

	private void confirmRetire(InterviewKitDetails kit) {
		Confirmation.ask(getTranslation("hiring.kits.retire.title", kit.title()),
				getTranslation("hiring.kits.retire.text"), getTranslation("hiring.kits.retire"), () -> {
					try {
						this.kits.retireKit(kit.code());
						Notices.noted(getTranslation("hiring.kits.retired.notice", kit.title()));
					}
					catch (HiringRefusedException ex) {
						Notices.noted(ErrorReporting.refused(ex));
					}
					refresh();
				});
	}

}
