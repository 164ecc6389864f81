package org.servewell.web.ui.screening;

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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("Interview kits")
@RolesAllowed(Roles.HR)
public class KitsView extends Main {

	private final InterviewKitService kits;

	final Grid<InterviewKitDetails> grid = new Grid<>();

	KitsView(InterviewKitService kits) {
		this.kits = kits;
		addClassNames("sw-page", "sw-fill");

		this.grid.addColumn(InterviewKitDetails::title).setHeader("Title").setFlexGrow(2);
		this.grid.addColumn(InterviewKitDetails::forRole).setHeader("For role").setFlexGrow(1);
		this.grid.addComponentColumn(KitsView::originBadge).setHeader("Origin").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn((kit) -> "v" + kit.versionNumber()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
		this.grid.addColumn(KitsView::traits).setHeader("Traits (weight)").setFlexGrow(3);
		this.grid.addColumn((kit) -> kit.passThreshold().toPlainString())
			.setHeader("Pass threshold")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.setAriaLabel("Interview kits");
		this.grid.setEmptyStateText("No interview kits yet: they come with the training content.");

		add(new RouterLink("All candidates", CandidatesView.class), new H2("Interview kits"),
				new Paragraph("Bundled kits come from the training content and change only there: copy one to adjust "
						+ "its traits, weights, questions and pass threshold. Saving a custom kit makes a new version; "
						+ "scorecards already begun keep the version they started with."),
				this.grid);
		refresh();
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

	private static Span originBadge(InterviewKitDetails kit) {
		Span badge = new Span(kit.retired() ? "Retired" : kit.origin().label());
		badge.getElement()
			.getThemeList()
			.add(kit.retired() ? "badge contrast" : (kit.origin() == KitOrigin.CUSTOM) ? "badge success" : "badge");
		return badge;
	}

	private Div actions(InterviewKitDetails kit) {
		Div actions = new Div();
		actions.addClassName("sw-toolbar");
		Button copy = new Button("Copy", (click) -> copy(kit));
		copy.setAriaLabel("Copy " + kit.title());
		actions.add(copy);
		if (kit.origin() == KitOrigin.CUSTOM && !kit.retired()) {
			Button edit = new Button("Edit", (click) -> edit(kit.code()));
			edit.setAriaLabel("Edit " + kit.title());
			edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button retire = new Button("Retire", (click) -> confirmRetire(kit));
			retire.setAriaLabel("Retire " + kit.title());
			retire.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
			actions.add(edit, retire);
		}
		return actions;
	}

	private void copy(InterviewKitDetails kit) {
		InterviewKitDetails copy = this.kits.copyKit(kit.code());
		Notices.noted("Copied as \"" + copy.title() + "\": adjust it and save.");
		edit(copy.code());
	}

	private void edit(String code) {
		getUI().ifPresent((ui) -> ui.navigate(KitEditorView.class, new RouteParameters(KitEditorView.KIT_CODE, code)));
	}

	private void confirmRetire(InterviewKitDetails kit) {
		Confirmation.ask("Retire \"" + kit.title() + "\"?",
				"No new interviewer will be given this kit. Interviews that use it keep it.", "Retire", () -> {
					try {
						this.kits.retireKit(kit.code());
						Notices.noted("Retired \"" + kit.title() + "\".");
					}
					catch (HiringRefusedException ex) {
						Notices.noted(ErrorReporting.refused(ex));
					}
					refresh();
				});
	}

}
