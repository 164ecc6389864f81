package org.servewell.web.ui.studio;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.audit.AuditTrail;
import org.servewell.authoring.BankHealthService;
import org.servewell.authoring.CourseTransferService;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.authoring.GiftTransferService;
import org.servewell.authoring.KeyingService;
import org.servewell.authoring.PublishingService;
import org.servewell.catalog.CatalogService;
import org.servewell.catalog.VersionSummary;
import org.servewell.learning.ItemAnalysisService;
import org.servewell.people.Roles;
import org.servewell.web.ui.components.AccessibleTabSheet;
import org.servewell.web.ui.components.Formats;

/**
 * One course in the studio: its draft's details, lessons and scenario bank with every
 * problem shown where it is, publishing, and the course's versions and history. Each tab
 * is a component of its own that calls its services and shows the course as it changes;
 * this view puts them together and says where the draft stands.
 */
@Route("studio/course")
@RolesAllowed({ Roles.TRAINER, Roles.ADMIN })
public class CourseStudioView extends Main implements HasUrlParameter<String>, HasDynamicTitle {

	private final StudioDraft course;

	final H2 heading = new H2();

	final Span status = new Span();

	final Span readiness = new Span();

	final DraftToolbar toolbar;

	final AccessibleTabSheet tabs = new AccessibleTabSheet();

	final DetailsTab details;

	final LessonsTab lessons;

	final ScenarioBankTab bank;

	final KeyingTab keying;

	final VersionsTab versions;

	private final Tab detailsTab;

	private final Tab lessonsTab;

	private final Tab bankTab;

	private final Tab keyingTab;

	private final Tab versionsTab;

	CourseStudioView(DraftService drafts, PublishingService publishing, CourseTransferService transfer,
			GiftTransferService giftTransfer, CatalogService catalog, AuditTrail audit,
			ItemAnalysisService itemAnalysis, BankHealthService bankHealth, KeyingService keying) {
		this.course = new StudioDraft(drafts, publishing);
		addClassName("sw-page");
		addClassName("sw-studio");
		this.toolbar = new DraftToolbar(this.course, drafts, publishing, transfer);
		this.details = new DetailsTab(this.course, drafts);
		this.lessons = new LessonsTab(this.course, drafts);
		this.bank = new ScenarioBankTab(this.course, drafts, giftTransfer, catalog, new BankFigures(itemAnalysis),
				bankHealth);
		this.keying = new KeyingTab(this.course, keying);
		this.versions = new VersionsTab(this.course, publishing, keying);
		this.readiness.getElement().setAttribute("role", "status");
		Div statusLine = new Div(this.readiness, this.status);
		statusLine.addClassName("sw-studio-status");
		this.detailsTab = this.tabs.add(getTranslation("studio.course.tab.details"), this.details);
		this.lessonsTab = this.tabs.add(getTranslation("studio.course.tab.lessons"), this.lessons);
		this.bankTab = this.tabs.add(getTranslation("studio.course.tab.scenarios"), this.bank);
		this.keyingTab = this.tabs.add(getTranslation("studio.course.tab.keying"), this.keying);
		this.versionsTab = this.tabs.add(getTranslation("studio.course.tab.versions"), this.versions);
		this.tabs.add(getTranslation("studio.course.tab.history"), new HistoryTab(this.course, audit));
		this.tabs.setWidthFull();
		add(this.heading, statusLine, this.toolbar, this.tabs);
		this.course.onChange(this::show);
	}

	@Override
	public void setParameter(BeforeEvent event, String courseCode) {
		this.course.open(courseCode);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("studio.course.page-title",
				this.heading.getText().isBlank() ? this.course.code() : this.heading.getText());
	}

	private void show(StudioDraft changed) {
		DraftView draft = changed.draft();
		for (Tab tab : List.of(this.detailsTab, this.lessonsTab, this.bankTab, this.keyingTab)) {
			tab.setEnabled(draft != null);
		}
		if (draft == null) {
			showPublished(changed.published());
			return;
		}
		if (changed.justStarted()) {
			this.tabs.setSelectedTab(this.detailsTab);
		}
		this.heading.setText(draft.details().title().isBlank() ? changed.code() : draft.details().title());
		String changedBy = draft.updatedBy();
		String when = Formats.when(draft.updatedAt(), getLocale());
		this.status.setText((draft.basedOnVersion() != null)
				? getTranslation("studio.course.status.copy", String.valueOf(draft.basedOnVersion() + 1),
						String.valueOf(draft.basedOnVersion()), changedBy, when)
				: getTranslation("studio.course.status.new", changedBy, when));
		int problems = draft.problems().size();
		this.readiness.setText((problems == 0) ? getTranslation("studio.course.ready")
				: getTranslation("studio.course.problems", problems));
		this.readiness.getElement().getThemeList().set("badge", true);
		this.readiness.getElement().getThemeList().set("success", problems == 0);
		this.readiness.getElement().getThemeList().set("error", problems > 0);
		this.lessonsTab.setLabel(getTranslation("studio.course.tab.lessons.count", draft.lessons().size()));
		this.bankTab.setLabel(getTranslation("studio.course.tab.scenarios.count", draft.scenarios().size()));
	}

	private void showPublished(List<VersionSummary> published) {
		String code = this.course.code();
		this.heading.setText(published.isEmpty() ? code : published.getLast().title());
		this.readiness.setText(getTranslation("studio.course.no-draft"));
		this.readiness.getElement().getThemeList().set("badge", true);
		this.readiness.getElement().getThemeList().remove("error");
		this.readiness.getElement().getThemeList().remove("success");
		this.status.setText(published.isEmpty() ? ""
				: getTranslation("studio.course.status.published", String.valueOf(published.getLast().number())));
		this.lessonsTab.setLabel(getTranslation("studio.course.tab.lessons"));
		this.bankTab.setLabel(getTranslation("studio.course.tab.scenarios"));
		this.tabs.setSelectedTab(this.versionsTab);
	}

}
