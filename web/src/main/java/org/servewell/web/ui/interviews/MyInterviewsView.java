package org.servewell.web.ui.interviews;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;

import org.servewell.hiring.InterviewService;
import org.servewell.hiring.MyInterview;
import org.servewell.web.ui.components.Formats;

/**
 * The interviews HR assigned to the signed-in person, drafts first. Any staff member can
 * be an interviewer.
 */
@Route("interviews")
@PageTitle("My interviews")
@Menu(title = "My interviews", order = 12, icon = "vaadin:comments-o")
@PermitAll
public class MyInterviewsView extends Main {

	final Grid<MyInterview> grid = new Grid<>();

	MyInterviewsView(InterviewService interviews) {
		addClassName("sw-page");
		add(new H2("My interviews"));
		List<MyInterview> mine = interviews.myInterviews();
		if (mine.isEmpty()) {
			add(new Paragraph("No interviews are assigned to you. When HR asks you to interview a candidate, "
					+ "their scorecard appears here."));
			return;
		}
		add(new Paragraph("Rate each candidate on your own: you see the other interviewers' ratings once you "
				+ "have submitted yours."));
		this.grid.addComponentColumn(
				(interview) -> new RouterLink(interview.candidateName(), ScorecardPage.class, interview.interviewId()))
			.setHeader("Candidate")
			.setFlexGrow(2);
		this.grid.addColumn(MyInterview::position).setHeader("Position").setFlexGrow(2);
		this.grid.addColumn(MyInterview::kitTitle).setHeader("Interview kit").setFlexGrow(2);
		this.grid.addColumn((interview) -> Formats.WHEN.format(interview.assignedAt()))
			.setHeader("Assigned")
			.setAutoWidth(true);
		this.grid.addComponentColumn(MyInterviewsView::state).setHeader("Scorecard").setAutoWidth(true);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAriaLabel("My interviews");
		this.grid.setAllRowsVisible(true);
		this.grid.setItems(mine.stream().sorted((a, b) -> Boolean.compare(a.submitted(), b.submitted())).toList());
		add(this.grid);
	}

	private static Span state(MyInterview interview) {
		Span state = new Span(interview.submitted() ? "Submitted" : "To do");
		state.addClassName(interview.submitted() ? "sw-status-active" : "sw-status-neutral");
		return state;
	}

}
