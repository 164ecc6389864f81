package org.servewell.web.ui.interviews;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
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
@Menu(title = "My interviews", order = 12, icon = "vaadin:comments-o")
@PermitAll
public class MyInterviewsView extends Main implements HasDynamicTitle {

	final Grid<MyInterview> grid = new Grid<>();

	MyInterviewsView(InterviewService interviews) {
		addClassName("sw-page");
		add(new H2(getTranslation("interview.mine.title")));
		List<MyInterview> mine = interviews.myInterviews();
		if (mine.isEmpty()) {
			add(new Paragraph(getTranslation("interview.mine.empty")));
			return;
		}
		add(new Paragraph(getTranslation("interview.mine.intro")));
		this.grid.addComponentColumn(
				(interview) -> new RouterLink(interview.candidateName(), ScorecardPage.class, interview.interviewId()))
			.setHeader(getTranslation("interview.mine.candidate"))
			.setFlexGrow(2);
		this.grid.addColumn(MyInterview::position).setHeader(getTranslation("interview.mine.position")).setFlexGrow(2);
		this.grid.addColumn(MyInterview::kitTitle).setHeader(getTranslation("interview.mine.kit")).setFlexGrow(2);
		this.grid.addColumn((interview) -> Formats.when(interview.assignedAt(), getLocale()))
			.setHeader(getTranslation("interview.mine.assigned"))
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::state)
			.setHeader(getTranslation("interview.mine.scorecard"))
			.setAutoWidth(true);
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setAriaLabel(getTranslation("interview.mine.title"));
		this.grid.setAllRowsVisible(true);
		this.grid.setItems(mine.stream().sorted((a, b) -> Boolean.compare(a.submitted(), b.submitted())).toList());
		add(this.grid);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("interview.mine.title");
	}

	private Span state(MyInterview interview) {
		Span state = new Span(
				getTranslation(interview.submitted() ? "interview.mine.submitted" : "interview.mine.to-do"));
		state.addClassName(interview.submitted() ? "sw-status-active" : "sw-status-neutral");
		return state;
	}

}
