package org.servewell.hiring;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.learning.HiringCourseService;
import org.servewell.learning.HiringCourses;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * A hire is one transaction across features: the employee (people), the decision (hiring)
 * and the courses learning adds when it hears of the hire. A listener that fails after
 * learning has added the courses undoes all three. Not transactional itself, so that what
 * the hire commits is what the test sees; its own database keeps the failing listener
 * from reaching other tests.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:hire-rollback;MODE=MySQL;"
		+ "DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1")
class HireRollbackTest {

	/** The job role for which {@link FailingListener} fails. */
	static final String FAILING_ROLE = "Role whose hand-over fails";

	@Autowired
	PeopleService people;

	@Autowired
	CandidateService candidates;

	@Autowired
	PanelService panels;

	@Autowired
	HiringDecisionService hiring;

	@Autowired
	InterviewService interviews;

	@Autowired
	ScreeningReportService reports;

	@Autowired
	HiringCourseService hiringCourses;

	@Autowired
	FailingListener failing;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listener_failing_after_learning_added_the_courses_undoes_the_employee_the_decision_and_the_courses() {
		ScreeningFixture fixture = new ScreeningFixture(this.people, this.candidates, this.panels, this.hiring,
				this.interviews);
		String hr = fixture.person(Role.HR);
		String ann = fixture.person(Role.LEARNER);
		CandidateDetails created = fixture.candidate(hr, "Reception");
		long interview = fixture.assign(hr, created.id(), ann, ScreeningFixture.KIT);
		SignedIn.run(ann,
				() -> this.interviews.submit(interview, ScreeningFixture.rated(4, 4, 4, 2, 3, 4, Recommendation.YES)),
				Roles.LEARNER);
		String email = "hired-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";

		assertThatIllegalStateException()
			.isThrownBy(
					() -> SignedIn.as(hr,
							() -> this.hiring.hire(created.id(),
									new HireForm("Dana Reyes", email, null, FAILING_ROLE, LocalDate.of(2027, 1, 4),
											null),
									"Good fit"),
							Roles.HR))
			.withMessage("The hand-over failed after learning added the courses");

		// Learning had added a course for each weak trait, inside the hire's transaction.
		long personId = this.failing.hired.personId();
		assertThat(this.failing.coursesSeen.traitCourses()).extracting(HiringCourses.TraitCourse::outcome)
			.containsExactly(HiringCourses.Outcome.ADDED, HiringCourses.Outcome.ADDED);
		assertThat(count("SELECT COUNT(*) FROM person WHERE id = ? OR email = ?", personId, email)).isZero();
		assertThat(count("SELECT COUNT(*) FROM course_assignment WHERE person_id = ?", personId)).isZero();
		assertThat(count("SELECT COUNT(*) FROM path_assignment WHERE person_id = ?", personId)).isZero();
		assertThat(SignedIn.as(hr, () -> this.hiringCourses.coursesFromHiring(personId), Roles.HR).traitCourses())
			.isEmpty();
		CandidatePage page = SignedIn.as(hr, () -> this.reports.candidate(created.id()), Roles.HR);
		assertThat(page.details().hiredPersonId()).isNull();
		assertThat(page.decisions()).isEmpty();
	}

	private long count(String sql, Object... arguments) {
		return this.jdbc.queryForObject(sql, Long.class, arguments);
	}

	@TestConfiguration
	static class FailingHandOver {

		@Bean
		FailingListener failingListener(HiringCourseService hiringCourses) {
			return new FailingListener(hiringCourses);
		}

	}

	/**
	 * Fails a hire into {@link #FAILING_ROLE} once learning's listener (order 0, the
	 * default for {@code @EventListener}) has added the courses, and keeps what it saw.
	 */
	static class FailingListener {

		private final HiringCourseService hiringCourses;

		CandidateHired hired;

		HiringCourses coursesSeen;

		FailingListener(HiringCourseService hiringCourses) {
			this.hiringCourses = hiringCourses;
		}

		@EventListener
		@Order(Ordered.LOWEST_PRECEDENCE)
		void on(CandidateHired event) {
			if (!FAILING_ROLE.equals(event.jobRole())) {
				return;
			}
			this.hired = event;
			this.coursesSeen = this.hiringCourses.coursesFromHiring(event.personId());
			throw new IllegalStateException("The hand-over failed after learning added the courses");
		}

	}

}
