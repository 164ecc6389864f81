package org.servewell.authoring;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.servewell.authoring.domain.CourseDraft;
import org.servewell.authoring.domain.DraftLesson;
import org.servewell.authoring.domain.DraftPart;
import org.servewell.authoring.domain.DraftScenario;
import org.servewell.catalog.CourseVersions;
import org.servewell.content.ContentLimits;
import org.servewell.content.EssayCitation;
import org.servewell.content.QuizSettings;
import org.servewell.content.ScenarioContent;
import org.servewell.people.Roles;
import org.servewell.shared.Said;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editing a course's draft: starting one (from the newest version, or for a new course),
 * changing its details, lessons and scenarios part by part, and discarding it. A stale
 * save is refused, naming who changed the part since; every change is recorded in the
 * audit trail and answered with the draft as it now stands, checked.
 */
@Service
public class DraftService {

	private final Drafts drafts;

	private final CourseVersions versions;

	private final CitableContent citable;

	private final CourseHistory history;

	DraftService(Drafts drafts, CourseVersions versions, CitableContent citable, CourseHistory history) {
		this.drafts = drafts;
		this.versions = versions;
		this.citable = citable;
		this.history = history;
	}

	/**
	 * The course's draft, starting one as a copy of its newest published version when it
	 * has none.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView startDraft(String courseCode) {
		Optional<CourseDraft> existing = this.drafts.find(courseCode);
		if (existing.isPresent()) {
			return this.drafts.view(existing.get());
		}
		Drafts.Latest newest = this.drafts.newestVersion(courseCode);
		CourseDraft draft = this.drafts.startFrom(newest.content(), newest.version());
		this.history.record(courseCode, "DRAFT_STARTED", "Started a draft from version " + newest.version() + ".");
		return this.drafts.view(draft);
	}

	/** Starts a draft of a new course with the given id and title. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView startNewCourse(String courseCode, String title) {
		String code = courseCode.strip();
		if (!code.matches("[a-z0-9][a-z0-9-]*") || code.length() > ContentLimits.MAX_ID_LENGTH) {
			throw new AuthoringRefusedException(new Said("authoring.course-id-format", ContentLimits.MAX_ID_LENGTH));
		}
		if (!this.versions.versions(code).isEmpty() || this.drafts.find(code).isPresent()) {
			throw new AuthoringRefusedException(new Said("authoring.course-exists", code));
		}
		String who = this.drafts.me();
		CourseDraft draft = new CourseDraft(code, null, who, this.drafts.now());
		draft.describe(new CourseDraft.Details(title.strip(), "", "", QuizSettings.NEW_COURSE, 0), who,
				this.drafts.now());
		this.drafts.save(draft);
		this.history.record(code, "COURSE_CREATED", "Started a new course, '" + title.strip() + "'.");
		return this.drafts.view(draft);
	}

	/** The course's draft. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public DraftView draft(String courseCode) {
		return this.drafts.view(this.drafts.of(courseCode));
	}

	/**
	 * Saves the course's details and quiz settings, unless someone changed them since.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView saveDetails(String courseCode, DraftView.Details details) {
		CourseDraft draft = this.drafts.of(courseCode);
		checkFresh(draft, details.version(), new Said("authoring.part.details"));
		draft.describe(new CourseDraft.Details(details.title(), details.summary(), details.audience(), details.quiz(),
				details.renewAfterMonths()), this.drafts.me(), this.drafts.now());
		this.history.record(courseCode, "DETAILS_CHANGED", "Changed the course details and quiz settings.");
		return this.drafts.flushedView(draft);
	}

	/** Adds a lesson (id 0) or saves a changed one, unless someone changed it since. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView saveLesson(String courseCode, DraftView.Lesson lesson) {
		CourseDraft draft = this.drafts.of(courseCode);
		List<String> sources = lesson.sources().stream().map(EssayCitation::reference).toList();
		if (lesson.id() == 0) {
			draft.addLesson(lesson.key().strip(), lesson.title(), lesson.markdown(), sources, this.drafts.me(),
					this.drafts.now());
			this.history.record(courseCode, "LESSON_ADDED", "Added lesson '" + lesson.title() + "'.");
		}
		else {
			DraftLesson stored = lessonOf(draft, lesson.id());
			checkFresh(stored, lesson.version(), new Said("authoring.part.lesson", stored.getTitle()));
			stored.write(lesson.key().strip(), lesson.title(), lesson.markdown(), sources, this.drafts.me(),
					this.drafts.now());
			this.history.record(courseCode, "LESSON_CHANGED", "Changed lesson '" + lesson.title() + "'.");
		}
		return this.drafts.flushedView(draft);
	}

	/** Removes a lesson, unless someone changed it since the trainer read it. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView removeLesson(String courseCode, long lessonId, long version) {
		CourseDraft draft = this.drafts.of(courseCode);
		DraftLesson stored = lessonOf(draft, lessonId);
		checkFresh(stored, version, new Said("authoring.part.lesson", stored.getTitle()));
		draft.removeLesson(stored);
		this.history.record(courseCode, "LESSON_REMOVED", "Removed lesson '" + stored.getTitle() + "'.");
		return this.drafts.flushedView(draft);
	}

	/** Moves a lesson to a 0-based position in the reading order. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView moveLesson(String courseCode, long lessonId, int position) {
		CourseDraft draft = this.drafts.of(courseCode);
		DraftLesson stored = lessonOf(draft, lessonId);
		draft.moveLesson(stored, position);
		this.history.record(courseCode, "LESSONS_REORDERED",
				"Moved lesson '" + stored.getTitle() + "' to position " + (position + 1) + ".");
		return this.drafts.flushedView(draft);
	}

	/** Adds a scenario (id 0) or saves a changed one, unless someone changed it since. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView saveScenario(String courseCode, DraftView.Scenario scenario) {
		CourseDraft draft = this.drafts.of(courseCode);
		this.drafts.refuseWhileKeyingBlind(draft, new Said("authoring.keying-blind.editing-scenario"));
		DraftScenario.Content content = DraftScenario.Content
			.of(new ScenarioContent(scenario.key().strip(), scenario.title(), scenario.situation(), scenario.prompt(),
					scenario.traits(), scenario.source(), scenario.options()));
		ImportLimits.checkLengths(content);
		if (scenario.id() == 0) {
			draft.addScenario(content, this.drafts.me(), this.drafts.now());
			this.history.record(courseCode, "SCENARIO_ADDED",
					"Added scenario '" + content.key() + "' (" + content.title() + ").");
		}
		else {
			DraftScenario stored = scenarioOf(draft, scenario.id());
			checkFresh(stored, scenario.version(), new Said("authoring.part.scenario", stored.getContent().title()));
			stored.write(content, this.drafts.me(), this.drafts.now());
			this.history.record(courseCode, "SCENARIO_CHANGED",
					"Changed scenario '" + content.key() + "' (" + content.title() + ").");
		}
		return this.drafts.flushedView(draft);
	}

	/** Removes a scenario, unless someone changed it since the trainer read it. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView removeScenario(String courseCode, long scenarioId, long version) {
		CourseDraft draft = this.drafts.of(courseCode);
		DraftScenario stored = scenarioOf(draft, scenarioId);
		checkFresh(stored, version, new Said("authoring.part.scenario", stored.getContent().title()));
		draft.removeScenario(stored);
		this.history.record(courseCode, "SCENARIO_REMOVED",
				"Removed scenario '" + stored.getContent().key() + "' (" + stored.getContent().title() + ").");
		return this.drafts.flushedView(draft);
	}

	/** Throws the draft away; published versions are not touched. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public void discardDraft(String courseCode) {
		this.drafts.delete(this.drafts.of(courseCode));
		this.history.record(courseCode, "DRAFT_DISCARDED", "Discarded the draft.");
	}

	/** The essay points lessons and scenarios can cite, essay by essay. */
	@PreAuthorize(Roles.AUTHORS)
	public List<SourceChoice> sourceChoices() {
		return this.citable.sourceChoices();
	}

	private static DraftLesson lessonOf(CourseDraft draft, long lessonId) {
		return partOf(draft.getLessons(), DraftLesson::getId, lessonId, new Said("authoring.lesson-gone"));
	}

	private static DraftScenario scenarioOf(CourseDraft draft, long scenarioId) {
		return partOf(draft.getScenarios(), DraftScenario::getId, scenarioId, new Said("authoring.scenario-gone"));
	}

	/** The part with the id; a part someone removed makes the trainer's copy stale. */
	private static <P extends DraftPart> P partOf(List<P> parts, Function<P, Long> idOf, long id, Said gone) {
		return parts.stream()
			.filter((part) -> idOf.apply(part) == id)
			.findFirst()
			.orElseThrow(() -> new StaleDraftException(gone));
	}

	private static void checkFresh(DraftPart part, long expectedVersion, Said what) {
		if (part.getVersion() != expectedVersion) {
			throw new StaleDraftException(new Said("authoring.changed-after-you-opened", part.getUpdatedBy(), what,
					part.getUpdatedAt().atOffset(ZoneOffset.UTC)));
		}
	}

}
