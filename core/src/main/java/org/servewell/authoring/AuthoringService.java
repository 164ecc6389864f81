package org.servewell.authoring;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.servewell.audit.AuditTrail;
import org.servewell.authoring.domain.CourseDraft;
import org.servewell.authoring.domain.CourseDraftRepository;
import org.servewell.authoring.domain.DraftLesson;
import org.servewell.authoring.domain.DraftPart;
import org.servewell.authoring.domain.DraftScenario;
import org.servewell.catalog.CourseVersions;
import org.servewell.catalog.VersionSummary;
import org.servewell.content.ContentException;
import org.servewell.content.CourseArchive;
import org.servewell.content.ContentLimits;
import org.servewell.content.ContentProblem;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.CourseFiles;
import org.servewell.content.CourseWriter;
import org.servewell.content.EssayCitation;
import org.servewell.content.LessonContent;
import org.servewell.content.OptionContent;
import org.servewell.content.QuizSettings;
import org.servewell.content.ScenarioContent;
import org.servewell.content.GiftDocument;
import org.servewell.content.GiftQuestion;
import org.servewell.content.GiftReader;
import org.servewell.content.GiftScenarios;
import org.servewell.content.GiftSyntaxException;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.people.SignedInPerson;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studio's use cases: starting a draft of a course, editing its details, lessons and
 * scenarios part by part (a stale save is refused, naming who changed the part), checking
 * it with the content reader, publishing it as the next version, and retiring versions.
 * Every change is recorded in the audit trail.
 */
@Service
public class AuthoringService {

	/** How an audit subject about a course starts. */
	private static final String SUBJECT_PREFIX = "course ";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm 'UTC'",
			Locale.ENGLISH);

	private static final int MAX_CHANGE_NOTE_LENGTH = 2000;

	private final CourseDraftRepository drafts;

	private final CourseVersions versions;

	private final ContentSource contentSource;

	private final AuditTrail audit;

	private final PeopleService people;

	private final Clock clock;

	/** Read once: the essays do not change while the application runs. */
	private volatile List<SourceChoice> sourceChoices;

	private volatile Set<String> traitIds;

	AuthoringService(CourseDraftRepository drafts, CourseVersions versions, ContentSource contentSource,
			AuditTrail audit, PeopleService people, Clock clock) {
		this.drafts = drafts;
		this.versions = versions;
		this.contentSource = contentSource;
		this.audit = audit;
		this.people = people;
		this.clock = clock;
	}

	/** Every course with its published versions and draft, and drafts of new courses. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<StudioCourse> courses() {
		Map<String, CourseDraft> byCode = new HashMap<>();
		this.drafts.findAllByOrderByCourseCode().forEach((draft) -> byCode.put(draft.getCourseCode(), draft));
		List<StudioCourse> courses = new ArrayList<>();
		for (String code : this.versions.courseCodes()) {
			List<VersionSummary> published = this.versions.versions(code);
			CourseDraft draft = byCode.remove(code);
			String title = (draft != null) ? draft.getDetails().title()
					: published.isEmpty() ? code : published.getLast().title();
			courses.add(new StudioCourse(code, title, published, (draft != null) ? draft.getUpdatedAt() : null,
					(draft != null) ? draft.getUpdatedBy() : null));
		}
		for (CourseDraft draft : byCode.values()) {
			courses.add(new StudioCourse(draft.getCourseCode(), draft.getDetails().title(), List.of(),
					draft.getUpdatedAt(), draft.getUpdatedBy()));
		}
		return courses;
	}

	/** A course's published versions, oldest first. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public List<VersionSummary> versions(String courseCode) {
		return this.versions.versions(courseCode);
	}

	/**
	 * The course's draft, starting one as a copy of its newest published version when it
	 * has none.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView startDraft(String courseCode) {
		Optional<CourseDraft> existing = this.drafts.findByCourseCode(courseCode);
		if (existing.isPresent()) {
			return view(existing.get());
		}
		List<VersionSummary> published = this.versions.versions(courseCode);
		if (published.isEmpty()) {
			throw new AuthoringNotFoundException("There is no course '" + courseCode + "'.");
		}
		int newest = published.getLast().number();
		CourseContent content = this.versions.content(courseCode, newest).orElseThrow();
		CourseDraft draft = this.drafts.save(draftOf(content, newest));
		this.audit.record("DRAFT_STARTED", subject(courseCode), "Started a draft from version " + newest + ".");
		return view(draft);
	}

	/** Starts a draft of a new course with the given id and title. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView startNewCourse(String courseCode, String title) {
		String code = courseCode.strip();
		if (!code.matches("[a-z0-9][a-z0-9-]*") || code.length() > ContentLimits.MAX_ID_LENGTH) {
			throw new AuthoringRefusedException("A course id uses lower-case letters, digits and hyphens, such as "
					+ "'calm-complaints', and is at most " + ContentLimits.MAX_ID_LENGTH + " characters.");
		}
		if (!this.versions.versions(code).isEmpty() || this.drafts.findByCourseCode(code).isPresent()) {
			throw new AuthoringRefusedException(
					"A course with the id '" + code + "' already exists; open it in the studio or choose another id.");
		}
		String who = me();
		CourseDraft draft = new CourseDraft(code, null, who, this.clock.instant());
		draft.describe(new CourseDraft.Details(title.strip(), "", "", 30, 5, 75, 3, true, 0), who,
				this.clock.instant());
		this.drafts.save(draft);
		this.audit.record("COURSE_CREATED", subject(code), "Started a new course, '" + title.strip() + "'.");
		return view(draft);
	}

	/** The course's draft. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public DraftView draft(String courseCode) {
		return view(draftOf(courseCode));
	}

	/**
	 * Saves the course's details and quiz settings, unless someone changed them since.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView saveDetails(String courseCode, DraftView.Details details) {
		CourseDraft draft = draftOf(courseCode);
		checkFresh(draft, details.version(), "the course details");
		draft.describe(
				new CourseDraft.Details(details.title(), details.summary(), details.audience(),
						details.estimatedMinutes(), details.scenariosPerAttempt(), details.passMark(),
						details.attemptsAllowed(), details.shuffleOptions(), details.renewAfterMonths()),
				me(), this.clock.instant());
		this.audit.record("DETAILS_CHANGED", subject(courseCode), "Changed the course details and quiz settings.");
		return flushedView(draft);
	}

	/** Adds a lesson (id 0) or saves a changed one, unless someone changed it since. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView saveLesson(String courseCode, DraftView.Lesson lesson) {
		CourseDraft draft = draftOf(courseCode);
		List<String> sources = lesson.sources().stream().map(EssayCitation::reference).toList();
		if (lesson.id() == 0) {
			draft.addLesson(lesson.key().strip(), lesson.title(), lesson.markdown(), sources, me(),
					this.clock.instant());
			this.audit.record("LESSON_ADDED", subject(courseCode), "Added lesson '" + lesson.title() + "'.");
		}
		else {
			DraftLesson stored = lessonOf(draft, lesson.id());
			checkFresh(stored, lesson.version(), "lesson '" + stored.getTitle() + "'");
			stored.write(lesson.key().strip(), lesson.title(), lesson.markdown(), sources, me(), this.clock.instant());
			this.audit.record("LESSON_CHANGED", subject(courseCode), "Changed lesson '" + lesson.title() + "'.");
		}
		return flushedView(draft);
	}

	/** Removes a lesson, unless someone changed it since the trainer read it. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView removeLesson(String courseCode, long lessonId, long version) {
		CourseDraft draft = draftOf(courseCode);
		DraftLesson stored = lessonOf(draft, lessonId);
		checkFresh(stored, version, "lesson '" + stored.getTitle() + "'");
		draft.removeLesson(stored);
		this.audit.record("LESSON_REMOVED", subject(courseCode), "Removed lesson '" + stored.getTitle() + "'.");
		return flushedView(draft);
	}

	/** Moves a lesson to a 0-based position in the reading order. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView moveLesson(String courseCode, long lessonId, int position) {
		CourseDraft draft = draftOf(courseCode);
		DraftLesson stored = lessonOf(draft, lessonId);
		draft.moveLesson(stored, position);
		this.audit.record("LESSONS_REORDERED", subject(courseCode),
				"Moved lesson '" + stored.getTitle() + "' to position " + (position + 1) + ".");
		return flushedView(draft);
	}

	/** Adds a scenario (id 0) or saves a changed one, unless someone changed it since. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView saveScenario(String courseCode, DraftView.Scenario scenario) {
		CourseDraft draft = draftOf(courseCode);
		DraftScenario.Content content = content(scenario);
		ImportLimits.checkLengths(content);
		if (scenario.id() == 0) {
			draft.addScenario(content, me(), this.clock.instant());
			this.audit.record("SCENARIO_ADDED", subject(courseCode),
					"Added scenario '" + content.key() + "' (" + content.title() + ").");
		}
		else {
			DraftScenario stored = scenarioOf(draft, scenario.id());
			checkFresh(stored, scenario.version(), "scenario '" + stored.getContent().title() + "'");
			stored.write(content, me(), this.clock.instant());
			this.audit.record("SCENARIO_CHANGED", subject(courseCode),
					"Changed scenario '" + content.key() + "' (" + content.title() + ").");
		}
		return flushedView(draft);
	}

	/** Adds scenarios to the bank in one go, for an import. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView addScenarios(String courseCode, List<ScenarioContent> scenarios, String from) {
		CourseDraft draft = draftOf(courseCode);
		ImportLimits.checkBank(from, scenarios.size(), draft.getScenarios().size());
		String who = me();
		for (ScenarioContent scenario : scenarios) {
			ImportLimits.checkLengths(DraftScenario.Content.of(scenario));
			draft.addScenario(DraftScenario.Content.of(scenario), who, this.clock.instant());
		}
		this.audit.record("SCENARIOS_IMPORTED", subject(courseCode),
				"Imported " + scenarios.size() + " scenario(s) from " + from + ".");
		return flushedView(draft);
	}

	/** Removes a scenario, unless someone changed it since the trainer read it. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView removeScenario(String courseCode, long scenarioId, long version) {
		CourseDraft draft = draftOf(courseCode);
		DraftScenario stored = scenarioOf(draft, scenarioId);
		checkFresh(stored, version, "scenario '" + stored.getContent().title() + "'");
		draft.removeScenario(stored);
		this.audit.record("SCENARIO_REMOVED", subject(courseCode),
				"Removed scenario '" + stored.getContent().key() + "' (" + stored.getContent().title() + ").");
		return flushedView(draft);
	}

	/** Throws the draft away; published versions are not touched. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public void discardDraft(String courseCode) {
		CourseDraft draft = draftOf(courseCode);
		this.drafts.delete(draft);
		this.audit.record("DRAFT_DISCARDED", subject(courseCode), "Discarded the draft.");
	}

	/**
	 * Publishes the draft as the course's next version, with a note on what changed. The
	 * draft must have no problems; it is removed once published. New attempts use the new
	 * version; attempts in progress keep theirs; assignments are untouched.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public VersionSummary publish(String courseCode, String changeNote) {
		String note = (changeNote != null) ? changeNote.strip() : "";
		if (note.isEmpty()) {
			throw new AuthoringRefusedException(
					"Write a change note: a sentence on what changed, for learners' records and other trainers.");
		}
		if (note.length() > MAX_CHANGE_NOTE_LENGTH) {
			throw new AuthoringRefusedException(
					"The change note is " + note.length() + " characters; keep it to " + MAX_CHANGE_NOTE_LENGTH + ".");
		}
		CourseDraft draft = draftOf(courseCode);
		Checked checked = check(draft);
		if (!checked.problems().isEmpty()) {
			throw new AuthoringRefusedException("The draft has " + checked.problems().size()
					+ " problem(s) to fix before it can be published; each is shown where it is.");
		}
		VersionSummary published = this.versions.publish(checked.content().orElseThrow(), note, me());
		this.drafts.delete(draft);
		this.audit.record("PUBLISHED", subject(courseCode), "Published version " + published.number() + ": " + note);
		return published;
	}

	/** Retires a published version: no new attempts start on it. */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public VersionSummary retire(String courseCode, int versionNumber) {
		VersionSummary retired = this.versions.retire(courseCode, versionNumber, me())
			.orElseThrow(() -> new AuthoringNotFoundException(
					"Course '" + courseCode + "' has no version " + versionNumber + "."));
		this.audit.record("RETIRED", subject(courseCode),
				"Retired version " + versionNumber + ": no new attempts start on it.");
		return retired;
	}

	/**
	 * The course as a zip in the content format: its draft when it has one, otherwise its
	 * newest version.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public CourseExport exportCourse(String courseCode) {
		Optional<CourseDraft> draft = this.drafts.findByCourseCode(courseCode);
		CourseContent content;
		String suffix;
		if (draft.isPresent()) {
			content = written(draft.get());
			suffix = "draft";
		}
		else {
			List<VersionSummary> published = this.versions.versions(courseCode);
			if (published.isEmpty()) {
				throw new AuthoringNotFoundException("There is no course '" + courseCode + "'.");
			}
			int newest = published.getLast().number();
			content = this.versions.content(courseCode, newest).orElseThrow();
			suffix = "v" + newest;
		}
		return new CourseExport(courseCode + "-" + suffix + ".zip", CourseArchive.zip(CourseWriter.write(content)));
	}

	/**
	 * Imports a course folder zipped as {@link #exportCourse} writes it: checked first
	 * with the content reader, then it becomes the course's draft (or a new course's
	 * draft). Anything wrong refuses the whole import with every problem listed; nothing
	 * changes.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView importCourse(byte[] zip, String fileName) {
		CourseContent content;
		try {
			CourseFiles files = CourseArchive.unzip(zip, fileName);
			content = ContentReader.readCourse(files.over(this.contentSource), files.courseId());
		}
		catch (ContentException ex) {
			throw new AuthoringRefusedException(
					"Nothing was imported: " + fileName + " has " + ex.problems().size() + " problem(s) to fix.",
					ex.problems().stream().map(ContentProblem::toString).toList());
		}
		ImportLimits.checkBank(fileName, content.scenarios().size(), 0);
		Map<String, String> elsewhere = this.versions.scenarioIdsOfOtherCourses(content.id());
		List<String> clashes = content.scenarios()
			.stream()
			.filter((scenario) -> elsewhere.containsKey(scenario.id()))
			.map((scenario) -> "scenario id '" + scenario.id() + "' is already used in course '"
					+ elsewhere.get(scenario.id()) + "'; scenario ids must be unique across all courses")
			.toList();
		if (!clashes.isEmpty()) {
			throw new AuthoringRefusedException(
					"Nothing was imported: " + fileName + " has " + clashes.size() + " problem(s) to fix.", clashes);
		}
		if (this.drafts.findByCourseCode(content.id()).isPresent()) {
			throw new AuthoringRefusedException("Course '" + content.id()
					+ "' already has a draft. Publish or discard it first, so that nobody's work is overwritten.");
		}
		List<VersionSummary> published = this.versions.versions(content.id());
		CourseDraft draft = this.drafts
			.save(draftOf(content, published.isEmpty() ? null : published.getLast().number()));
		this.audit.record("IMPORTED", subject(content.id()), "Imported " + fileName + " as " + (published.isEmpty()
				? "a new course." : "a draft of version " + (published.getLast().number() + 1) + "."));
		return view(draft);
	}

	/**
	 * Reads a GIFT file for a draft's scenario bank without changing anything: the
	 * multiple-choice questions as scenarios, and the questions of other types.
	 * @throws AuthoringRefusedException naming the line of a syntax error
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public GiftPreview previewGift(String courseCode, String gift) {
		CourseDraft draft = draftOf(courseCode);
		GiftDocument document;
		try {
			document = GiftReader.read(gift);
		}
		catch (GiftSyntaxException ex) {
			throw new AuthoringRefusedException(
					"Nothing was imported: the GIFT file cannot be read at " + ex.getMessage() + ".");
		}
		ImportLimits.checkGift(document, draft.getScenarios().size());
		Set<String> taken = new HashSet<>(this.versions.scenarioIdsOfOtherCourses(courseCode).keySet());
		draft.getScenarios().forEach((scenario) -> taken.add(scenario.getContent().key()));
		ScenarioIds ids = new ScenarioIds(courseCode, taken);
		Set<String> traitIds = traitIds();
		List<ScenarioContent> scenarios = new ArrayList<>();
		for (GiftQuestion question : document.questions()) {
			ScenarioContent scenario = GiftScenarios.toScenario(question, "", traitIds);
			scenarios.add(GiftScenarios.toScenario(question, ids.next(scenario.title()), traitIds));
		}
		ImportLimits.checkGiftLengths(document.questions(), scenarios);
		return new GiftPreview(scenarios,
				document.unsupported().stream().map(GiftDocument.UnsupportedQuestion::toString).toList(),
				document.warnings().stream().map(GiftDocument.Warning::toString).toList());
	}

	/**
	 * Adds a GIFT file's multiple-choice questions to the draft's bank, all or none.
	 * Questions of other types are left out only when the trainer confirms it.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional
	public DraftView importGift(String courseCode, String gift, String fileName, boolean leaveOutOtherTypes) {
		GiftPreview preview = previewGift(courseCode, gift);
		if (!preview.unsupported().isEmpty() && !leaveOutOtherTypes) {
			throw new AuthoringRefusedException("Nothing was imported: " + preview.unsupported().size()
					+ " question(s) are of types a scenario cannot be. Confirm leaving them out to import the rest.",
					preview.unsupported());
		}
		if (preview.scenarios().isEmpty()) {
			throw new AuthoringRefusedException(
					"Nothing was imported: " + fileName + " has no multiple-choice questions.");
		}
		return addScenarios(courseCode, preview.scenarios(), fileName + " (GIFT)");
	}

	/**
	 * The course's scenario bank as GIFT: its draft's when it has one, else its newest
	 * version's.
	 */
	@PreAuthorize(Roles.AUTHORS)
	@Transactional(readOnly = true)
	public String exportGift(String courseCode) {
		Optional<CourseDraft> draft = this.drafts.findByCourseCode(courseCode);
		List<ScenarioContent> scenarios;
		if (draft.isPresent()) {
			scenarios = written(draft.get()).scenarios();
		}
		else {
			List<VersionSummary> published = this.versions.versions(courseCode);
			if (published.isEmpty()) {
				throw new AuthoringNotFoundException("There is no course '" + courseCode + "'.");
			}
			scenarios = this.versions.content(courseCode, published.getLast().number()).orElseThrow().scenarios();
		}
		return GiftScenarios.toGift(scenarios, "$course$/servewell/" + courseCode);
	}

	private Set<String> traitIds() {
		Set<String> ids = this.traitIds;
		if (ids == null) {
			ids = ContentReader.read(this.contentSource)
				.traits()
				.stream()
				.map((trait) -> trait.id())
				.collect(Collectors.toUnmodifiableSet());
			this.traitIds = ids;
		}
		return ids;
	}

	/** The essay points lessons and scenarios can cite, essay by essay. */
	@PreAuthorize(Roles.AUTHORS)
	public List<SourceChoice> sourceChoices() {
		List<SourceChoice> choices = this.sourceChoices;
		if (choices == null) {
			choices = ContentReader.read(this.contentSource)
				.essays()
				.stream()
				.flatMap((essay) -> essay.points()
					.stream()
					.map((point) -> new SourceChoice(new EssayCitation(essay.essay(), point.id()), essay.title(),
							point.point())))
				.toList();
			this.sourceChoices = choices;
		}
		return choices;
	}

	/** The audit subject for a course. */
	public static String subject(String courseCode) {
		return SUBJECT_PREFIX + courseCode;
	}

	/**
	 * The course an audit subject is about, or empty when the subject is not a course.
	 */
	public static Optional<String> courseCodeOf(String subject) {
		return (subject != null && subject.startsWith(SUBJECT_PREFIX) && subject.length() > SUBJECT_PREFIX.length())
				? Optional.of(subject.substring(SUBJECT_PREFIX.length())) : Optional.empty();
	}

	private CourseDraft draftOf(String courseCode) {
		return this.drafts.findByCourseCode(courseCode)
			.orElseThrow(() -> new AuthoringNotFoundException("Course '" + courseCode
					+ "' has no draft; it was published or discarded. Open the course again to start a new draft."));
	}

	private static DraftLesson lessonOf(CourseDraft draft, long lessonId) {
		return draft.getLessons()
			.stream()
			.filter((lesson) -> lesson.getId() == lessonId)
			.findFirst()
			.orElseThrow(() -> new StaleDraftException(
					"That lesson is no longer in the draft: someone removed it. Reload the draft to see it as it is."));
	}

	private static DraftScenario scenarioOf(CourseDraft draft, long scenarioId) {
		return draft.getScenarios()
			.stream()
			.filter((scenario) -> scenario.getId() == scenarioId)
			.findFirst()
			.orElseThrow(() -> new StaleDraftException(
					"That scenario is no longer in the draft: someone removed it. Reload the draft to see it as it is."));
	}

	private static void checkFresh(DraftPart part, long expectedVersion, String what) {
		if (part.getVersion() != expectedVersion) {
			throw new StaleDraftException(part.getUpdatedBy() + " changed " + what + " on "
					+ TIME.format(part.getUpdatedAt().atOffset(ZoneOffset.UTC))
					+ ", after you opened it. Nothing was saved: reload to see their change, then make yours again.");
		}
	}

	private String me() {
		return this.people.currentPerson().map(SignedInPerson::displayName).orElse("Servewell");
	}

	private DraftView flushedView(CourseDraft draft) {
		this.drafts.flush();
		return view(draft);
	}

	private CourseDraft draftOf(CourseContent content, Integer basedOn) {
		String who = me();
		CourseDraft draft = new CourseDraft(content.id(), basedOn, who, this.clock.instant());
		QuizSettings quiz = content.quiz();
		draft.describe(new CourseDraft.Details(content.title(), content.summary(), content.audience(),
				content.estimatedMinutes(), quiz.scenariosPerAttempt(), quiz.passMark(), quiz.attemptsAllowed(),
				quiz.shuffleOptions(), content.renewAfterMonths()), who, this.clock.instant());
		for (LessonContent lesson : content.lessons()) {
			draft.addLesson(lesson.id(), lesson.title(), lesson.markdown(),
					lesson.sources().stream().map(EssayCitation::reference).toList(), who, this.clock.instant());
		}
		for (ScenarioContent scenario : content.scenarios()) {
			draft.addScenario(DraftScenario.Content.of(scenario), who, this.clock.instant());
		}
		return draft;
	}

	private static DraftScenario.Content content(DraftView.Scenario scenario) {
		return DraftScenario.Content.of(new ScenarioContent(scenario.key().strip(), scenario.title(),
				scenario.situation(), scenario.prompt(), scenario.traits(), scenario.source(), scenario.options()));
	}

	private DraftView view(CourseDraft draft) {
		Checked checked = check(draft);
		CourseDraft.Details details = draft.getDetails();
		return new DraftView(draft.getCourseCode(), draft.getBasedOnVersion(),
				new DraftView.Details(details.title(), details.summary(), details.audience(),
						details.estimatedMinutes(), details.scenariosPerAttempt(), details.passMark(),
						details.attemptsAllowed(), details.shuffleOptions(), details.renewAfterMonths(),
						draft.getVersion()),
				draft.getLessons()
					.stream()
					.map((lesson) -> new DraftView.Lesson(lesson.getId(), lesson.getLessonKey(), lesson.getTitle(),
							lesson.getBodyMarkdown(),
							lesson.getSources().stream().map(EssayCitation::ofReference).toList(), lesson.getVersion(),
							lesson.getUpdatedAt(), lesson.getUpdatedBy()))
					.toList(),
				draft.getScenarios().stream().map(AuthoringService::view).toList(), checked.problems(),
				draft.getUpdatedAt(), draft.getUpdatedBy());
	}

	private static DraftView.Scenario view(DraftScenario scenario) {
		ScenarioContent content = scenario.getContent().asScenario();
		return new DraftView.Scenario(scenario.getId(), content.id(), content.title(), content.situation(),
				content.prompt(), content.traits(), content.source(), content.options(), scenario.getVersion(),
				scenario.getUpdatedAt(), scenario.getUpdatedBy());
	}

	/**
	 * Writes the draft in the content format and reads it back with the content reader:
	 * the draft passes exactly the rules a content folder must.
	 */
	private Checked check(CourseDraft draft) {
		CourseContent written = written(draft);
		CourseFiles files = CourseWriter.write(written);
		List<DraftLesson> lessons = draft.getLessons();
		List<DraftScenario> scenarios = draft.getScenarios();
		List<DraftProblem> problems = new ArrayList<>();
		Optional<CourseContent> read = Optional.empty();
		try {
			read = Optional.of(ContentReader.readCourse(files.over(this.contentSource), draft.getCourseCode()));
		}
		catch (ContentException ex) {
			for (ContentProblem problem : ex.problems()) {
				problems.add(placed(problem, files, lessons, scenarios));
			}
		}
		Map<String, String> elsewhere = this.versions.scenarioIdsOfOtherCourses(draft.getCourseCode());
		for (DraftScenario scenario : scenarios) {
			String course = elsewhere.get(scenario.getContent().key());
			if (course != null) {
				problems.add(new DraftProblem(DraftProblem.Part.SCENARIO, scenario.getId(), "",
						"scenario id '" + scenario.getContent().key() + "' is already used in course '" + course
								+ "'; scenario ids must be unique across all courses"));
			}
		}
		return new Checked(problems.isEmpty() ? read : Optional.empty(), problems);
	}

	private static DraftProblem placed(ContentProblem problem, CourseFiles files, List<DraftLesson> lessons,
			List<DraftScenario> scenarios) {
		String location = (problem.line() > 0) ? problem.file() + ":" + problem.line() : problem.file();
		Optional<CourseFiles.Part> part = files.partOf(problem);
		if (part.isPresent() && part.get().kind() == CourseFiles.Kind.LESSON && part.get().index() < lessons.size()) {
			return new DraftProblem(DraftProblem.Part.LESSON, lessons.get(part.get().index()).getId(), location,
					problem.message());
		}
		if (part.isPresent() && part.get().kind() == CourseFiles.Kind.SCENARIO
				&& part.get().index() < scenarios.size()) {
			return new DraftProblem(DraftProblem.Part.SCENARIO, scenarios.get(part.get().index()).getId(), location,
					problem.message());
		}
		return new DraftProblem(DraftProblem.Part.DETAILS, null, location, problem.message());
	}

	private static CourseContent written(CourseDraft draft) {
		CourseDraft.Details details = draft.getDetails();
		List<LessonContent> lessons = draft.getLessons()
			.stream()
			.map((lesson) -> new LessonContent(lesson.getLessonKey(), lesson.getTitle(), lesson.getBodyMarkdown(),
					lesson.getSources().stream().map(EssayCitation::ofReference).toList()))
			.toList();
		List<ScenarioContent> scenarios = draft.getScenarios()
			.stream()
			.map((scenario) -> scenario.getContent().asScenario())
			.toList();
		return new CourseContent(draft.getCourseCode(), details.title(), details.summary(), details.audience(),
				details.estimatedMinutes(), lessons, "", new QuizSettings(details.scenariosPerAttempt(),
						details.passMark(), details.attemptsAllowed(), details.shuffleOptions()),
				scenarios, details.renewAfterMonths());
	}

	/** A draft read back by the content reader: the course, or what is wrong with it. */
	private record Checked(Optional<CourseContent> content, List<DraftProblem> problems) {
	}

}
