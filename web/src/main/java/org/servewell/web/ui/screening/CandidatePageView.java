package org.servewell.web.ui.screening;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidatePage;
import org.servewell.hiring.CandidatePrivacy;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.HiringDecisionService;
import org.servewell.hiring.HiringNotFoundException;
import org.servewell.hiring.InterviewKitService;
import org.servewell.hiring.PanelService;
import org.servewell.hiring.ScreeningReportService;
import org.servewell.learning.HiringCourseService;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.web.ui.components.Formats;

/**
 * Everything HR decides a candidate from: what was entered about them, the interviewers
 * and where their scorecards stand, the panel's ratings side by side with the traits they
 * disagree on, the weighted score against the kit's threshold, and the decisions with
 * their reasons. HR also exports the candidate's data and erases it on request here.
 * <p>
 * Each section is a component that calls its own service; after a change it asks the page
 * to read the candidate again, once, and every section shows the new read model in place,
 * since the status, the picture and the controls offered depend on the panel and the
 * decisions alike.
 */
@Route("candidates/:" + CandidatePageView.CANDIDATE_ID)
@RolesAllowed(Roles.HR)
public class CandidatePageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

	static final String CANDIDATE_ID = "candidateId";

	private final ScreeningReportService reports;

	final CandidateDetailsSection details;

	final PersonalDataSection personalData;

	final PanelSection panel;

	final PanelPictureSection picture = new PanelPictureSection();

	final DecisionSection decisions;

	private long candidateId;

	private CandidatePage page;

	CandidatePageView(ScreeningReportService reports, CandidateService candidates, CandidatePrivacy privacy,
			PanelService panels, InterviewKitService kits, PeopleService people, HiringDecisionService hiring,
			HiringCourseService hiringCourses) {
		this.reports = reports;
		addClassNames("sw-page", "sw-candidate");
		this.details = new CandidateDetailsSection(candidates, this::show);
		this.personalData = new PersonalDataSection(privacy, this::show);
		this.panel = new PanelSection(panels, people, kits, this::show);
		this.decisions = new DecisionSection(hiring, people, hiringCourses, this::show);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String raw = event.getRouteParameters().get(CANDIDATE_ID).orElse("");
		this.candidateId = raw.matches("\\d{1,18}") ? Long.parseLong(raw) : -1;
		show();
	}

	@Override
	public String getPageTitle() {
		return (this.page != null) ? this.page.details().displayName() : getTranslation("hiring.candidate.title");
	}

	/** Reads the candidate and shows every section with what it holds now. */
	void show() {
		removeAll();
		try {
			this.page = this.reports.candidate(this.candidateId);
		}
		catch (HiringNotFoundException ex) {
			this.page = null;
			add(new H2(getTranslation("hiring.candidate.missing")),
					new Paragraph(getTranslation("hiring.candidate.missing.text")),
					new RouterLink(getTranslation("hiring.candidate.missing.back"), CandidatesView.class));
			return;
		}
		CandidateDetails candidate = this.page.details();
		Div facts = new Div(new Span(candidate.position()), ScreeningText.statusBadge(candidate.status()),
				new Span(getTranslation("hiring.candidate.added", Formats.when(candidate.createdAt(), getLocale()))));
		facts.addClassName("sw-meta");
		add(new RouterLink(getTranslation("hiring.candidate.all"), CandidatesView.class),
				new H2(candidate.displayName()), facts);
		if (candidate.erasedAt() != null) {
			add(new Paragraph(getTranslation("hiring.candidate.erased", Formats.when(candidate.erasedAt(), getLocale()),
					candidate.erasureReason())));
		}
		this.details.show(candidate);
		this.personalData.show(candidate);
		this.panel.show(this.page);
		this.picture.show(this.page);
		this.decisions.show(this.page);
		add(this.details, this.personalData, this.panel, this.picture, this.decisions);
	}

}
