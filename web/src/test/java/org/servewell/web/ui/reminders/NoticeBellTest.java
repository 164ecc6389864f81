package org.servewell.web.ui.reminders;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.servewell.hiring.CandidateDetails;
import org.servewell.hiring.CandidateForm;
import org.servewell.hiring.CandidateService;
import org.servewell.hiring.PanelService;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.reminders.NoticeService;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.ViewTest;
import org.servewell.web.ui.HomeView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bell in the header: the count of unread notices in its name, the list with links to
 * the page to act on, following one or "Mark all read" bringing the count down. Without a
 * mail server (as here) the notices show all the same. The demo manager is the
 * interviewer (the demo learner must stay one without interviews for the navigation
 * tests).
 */
class NoticeBellTest extends ViewTest {

	@Autowired
	NoticeService notices;

	@Autowired
	CandidateService candidates;

	@Autowired
	PanelService panels;

	@Autowired
	PeopleService people;

	@Test
	@WithUserDetails(MANAGER)
	void the_bell_counts_unread_notices_lists_them_with_their_links_and_mark_all_read_clears_the_count() {
		SignedIn.run(MANAGER, this.notices::markAllRead, Roles.MANAGER);
		String position = "Bell position " + UUID.randomUUID().toString().substring(0, 8);
		interview(MANAGER, position);
		interview(MANAGER, position);

		navigate(HomeView.class);
		NoticeBell bell = find(NoticeBell.class).single();

		assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, 2 unread");
		assertThat(bell.count.getText()).isEqualTo("2");
		bell.popover.open();
		List<Anchor> links = find(Anchor.class).from(bell.list).all();
		assertThat(links).hasSizeGreaterThanOrEqualTo(2);
		assertThat(links.get(0).getElement().getTextRecursively()).contains("New")
			.contains("Interview a candidate for " + position);
		assertThat(links.get(0).getHref()).startsWith("scorecard/");

		test(bell.markAllRead).click();

		assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, none unread");
		assertThat(bell.count.isVisible()).isFalse();
		assertThat(find(Anchor.class).from(bell.list).first().getElement().getTextRecursively()).doesNotContain("New");
	}

	@Test
	@WithUserDetails(TRAINER)
	void the_list_is_made_only_when_the_person_first_opens_it() {
		navigate(HomeView.class);
		NoticeBell bell = find(NoticeBell.class).single();

		assertThat(bell.popover.getChildren()).isEmpty();

		bell.popover.open();
		bell.popover.close();
		bell.popover.open();

		assertThat(bell.popover.getChildren()).hasSize(3);
		assertThat(bell.popover.getElement().getTextRecursively()).contains("Notifications", "Mark all read");
	}

	@Test
	@WithUserDetails(MANAGER)
	void following_a_notice_marks_it_read_and_the_count_goes_down_by_one() {
		SignedIn.run(MANAGER, this.notices::markAllRead, Roles.MANAGER);
		interview(MANAGER, "Front desk");
		interview(MANAGER, "Front desk");
		navigate(HomeView.class);
		NoticeBell bell = find(NoticeBell.class).single();
		bell.popover.open();

		bell.follow(SignedIn.as(MANAGER, () -> this.notices.mine(1), Roles.MANAGER).getFirst());

		assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, 1 unread");
	}

	@Test
	@WithUserDetails(TRAINER)
	void a_person_sees_only_their_own_notices_in_the_bell() {
		String position = "Not for the trainer " + UUID.randomUUID().toString().substring(0, 8);
		interview(MANAGER, position);

		navigate(HomeView.class);
		NoticeBell bell = find(NoticeBell.class).single();
		bell.popover.open();

		assertThat(bell.list.getElement().getTextRecursively()).doesNotContain(position);
	}

	/** HR asks {@code interviewer} to interview a new candidate for {@code position}. */
	private void interview(String interviewer, String position) {
		long interviewerId = SignedIn.as(interviewer, () -> this.people.currentPersonId().orElseThrow(), Roles.LEARNER);
		CandidateDetails candidate = SignedIn.as(HR,
				() -> this.candidates
					.createCandidate(new CandidateForm("Bell " + UUID.randomUUID(), null, position, null, null, null)),
				Roles.HR);
		SignedIn.run(HR, () -> this.panels.assignInterviewer(candidate.id(), interviewerId, "front-line-service"),
				Roles.HR);
	}

}
