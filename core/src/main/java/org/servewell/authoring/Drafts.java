package org.servewell.authoring;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.authoring.domain.CourseDraftRepository;
import org.servewell.authoring.domain.DraftScenario;
import org.servewell.catalog.CourseVersions;
import org.servewell.catalog.VersionSummary;
import org.servewell.content.CourseContent;
import org.servewell.content.EssayCitation;
import org.servewell.content.OptionContent;
import org.servewell.content.ScenarioContent;
import org.servewell.people.PeopleService;
import org.servewell.people.SignedInPerson;
import org.servewell.shared.Said;

import org.springframework.stereotype.Component;

/**
 * The drafts the studio's services share: finding a course's draft (or saying clearly
 * that it has none), starting one from content, showing one with its problems, and who
 * and when a change is made. Callers hold the transaction and check roles.
 */
@Component
class Drafts {

	private final CourseDraftRepository repository;

	private final CourseVersions versions;

	private final DraftCheck check;

	private final PeopleService people;

	private final Keyings keyings;

	private final Clock clock;

	Drafts(CourseDraftRepository repository, CourseVersions versions, DraftCheck check, PeopleService people,
			Keyings keyings, Clock clock) {
		this.repository = repository;
		this.keyings = keyings;
		this.versions = versions;
		this.check = check;
		this.people = people;
		this.clock = clock;
	}

	/** The course's draft, if it has one. */
	Optional<CourseDraft> find(String courseCode) {
		return this.repository.findByCourseCode(courseCode);
	}

	/** The course's draft, or a refusal saying it has none and what to do. */
	CourseDraft of(String courseCode) {
		return find(courseCode)
			.orElseThrow(() -> new AuthoringNotFoundException(new Said("authoring.no-draft", courseCode)));
	}

	/** Every draft, by course. */
	List<CourseDraft> all() {
		return this.repository.findAllByOrderByCourseCode();
	}

	/** Saves a new draft. */
	CourseDraft save(CourseDraft draft) {
		return this.repository.save(draft);
	}

	/** Starts and saves a draft holding the content. */
	CourseDraft startFrom(CourseContent content, Integer basedOnVersion) {
		return save(CourseDraft.copyOf(content, basedOnVersion, me(), now()));
	}

	/** Throws a draft away, with trainers' keyings of it. */
	void delete(CourseDraft draft) {
		this.keyings.forget(draft);
		this.repository.delete(draft);
	}

	/**
	 * The course's newest published version, or a refusal when there is no such course.
	 */
	Latest newestVersion(String courseCode) {
		List<VersionSummary> published = this.versions.versions(courseCode);
		if (published.isEmpty()) {
			throw new AuthoringNotFoundException(new Said("authoring.course-missing", courseCode));
		}
		int newest = published.getLast().number();
		return new Latest(this.versions.content(courseCode, newest).orElseThrow(), newest);
	}

	/** The course's draft when it has one, else its newest published version. */
	Latest latest(String courseCode) {
		return find(courseCode).map((draft) -> {
			refuseWhileKeyingBlind(draft, new Said("authoring.keying-blind.exporting"));
			return new Latest(draft.asContent(), null);
		}).orElseGet(() -> newestVersion(courseCode));
	}

	/** Whether the signed-in trainer is keying the draft and has not submitted yet. */
	boolean keyingBlind(CourseDraft draft) {
		return this.keyings.keyingBlind(draft);
	}

	/**
	 * A refusal for a trainer keying the draft blind, when what they ask would show them
	 * its ratings.
	 */
	void refuseWhileKeyingBlind(CourseDraft draft, Said what) {
		this.keyings.refuseWhileKeyingBlind(draft, what);
	}

	/** The display name of whoever makes the change. */
	String me() {
		return this.people.currentPerson().map(SignedInPerson::displayName).orElse("Servewell");
	}

	Instant now() {
		return this.clock.instant();
	}

	/**
	 * Writes the changes to the database first, so that the view shows stored versions.
	 */
	DraftView flushedView(CourseDraft draft) {
		this.repository.flush();
		return view(draft);
	}

	/**
	 * The draft as the studio shows it, checked; without its ratings and feedback for a
	 * trainer keying it blind.
	 */
	DraftView view(CourseDraft draft) {
		List<DraftProblem> problems = this.check.check(draft).problems();
		boolean blind = this.keyings.keyingBlind(draft);
		CourseDraft.Details details = draft.getDetails();
		return new DraftView(draft.getCourseCode(), draft.getBasedOnVersion(),
				new DraftView.Details(details.title(), details.summary(), details.audience(), details.quiz(),
						details.renewAfterMonths(), draft.getVersion()),
				draft.getLessons()
					.stream()
					.map((lesson) -> new DraftView.Lesson(lesson.getId(), lesson.getLessonKey(), lesson.getTitle(),
							lesson.getBodyMarkdown(),
							lesson.getSources().stream().map(EssayCitation::ofReference).toList(), lesson.getVersion(),
							lesson.getUpdatedAt(), lesson.getUpdatedBy()))
					.toList(),
				draft.getScenarios().stream().map((scenario) -> view(scenario, blind)).toList(), problems,
				draft.getUpdatedAt(), draft.getUpdatedBy(), blind);
	}

	private static DraftView.Scenario view(DraftScenario scenario, boolean blind) {
		ScenarioContent content = scenario.getContent().asScenario();
		List<OptionContent> options = blind
				? content.options().stream().map((option) -> new OptionContent(option.text(), 0, "")).toList()
				: content.options();
		return new DraftView.Scenario(scenario.getId(), content.id(), content.title(), content.situation(),
				content.prompt(), content.traits(), content.source(), options, scenario.getVersion(),
				scenario.getUpdatedAt(), scenario.getUpdatedBy());
	}

	/**
	 * A course's latest content.
	 *
	 * @param content the course in the content format
	 * @param version the published version it is, or null when it is the draft
	 */
	record Latest(CourseContent content, Integer version) {
	}

}
