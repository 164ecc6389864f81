package org.servewell.authoring.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.servewell.authoring.DraftLimits;
import org.servewell.content.ContentLimits;
import org.servewell.content.CourseContent;
import org.servewell.content.EssayCitation;
import org.servewell.content.LessonContent;
import org.servewell.content.QuizSettings;
import org.servewell.content.ScenarioContent;

/**
 * A course being written in the studio: its details and quiz settings here, its lessons
 * and scenarios as parts edited one at a time.
 */
@Entity
@Table(name = "course_draft")
public class CourseDraft extends DraftPart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private Long id;

	@Column(name = "course_code", nullable = false, length = ContentLimits.MAX_ID_LENGTH, updatable = false)
	private String courseCode;

	@Column(name = "based_on_version", updatable = false)
	private Integer basedOnVersion;

	@Column(name = "title", nullable = false, length = DraftLimits.TITLE_LENGTH)
	private String title;

	@Column(name = "summary", nullable = false, length = DraftLimits.SUMMARY_LENGTH)
	private String summary;

	@Column(name = "audience", nullable = false, length = DraftLimits.AUDIENCE_LENGTH)
	private String audience;

	@Column(name = "scenarios_per_attempt", nullable = false)
	private int scenariosPerAttempt;

	@Column(name = "pass_mark", nullable = false)
	private int passMark;

	@Column(name = "attempts_allowed", nullable = false)
	private int attemptsAllowed;

	@Column(name = "shuffle_options", nullable = false)
	private boolean shuffleOptions;

	@Column(name = "renew_after_months", nullable = false)
	private int renewAfterMonths;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<DraftLesson> lessons = new ArrayList<>();

	@OneToMany(mappedBy = "draft", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<DraftScenario> scenarios = new ArrayList<>();

	protected CourseDraft() {
	}

	public CourseDraft(String courseCode, Integer basedOnVersion, String who, Instant when) {
		this.courseCode = courseCode;
		this.basedOnVersion = basedOnVersion;
		this.createdAt = when;
		this.title = "";
		this.summary = "";
		this.audience = "";
		touched(who, when);
	}

	/**
	 * A draft holding a course's content as the content format has it: details, lessons
	 * and scenarios.
	 * @param basedOnVersion the published version it copies, or null for a new course
	 */
	public static CourseDraft copyOf(CourseContent content, Integer basedOnVersion, String who, Instant when) {
		CourseDraft draft = new CourseDraft(content.id(), basedOnVersion, who, when);
		draft.describe(new Details(content.title(), content.summary(), content.audience(), content.quiz(),
				content.renewAfterMonths()), who, when);
		for (LessonContent lesson : content.lessons()) {
			draft.addLesson(lesson.id(), lesson.title(), lesson.markdown(),
					lesson.sources().stream().map(EssayCitation::reference).toList(), who, when);
		}
		for (ScenarioContent scenario : content.scenarios()) {
			draft.addScenario(DraftScenario.Content.of(scenario), who, when);
		}
		return draft;
	}

	/** The draft written in the content format, as an exported course folder has it. */
	public CourseContent asContent() {
		List<LessonContent> lessonContents = getLessons().stream()
			.map((lesson) -> new LessonContent(lesson.getLessonKey(), lesson.getTitle(), lesson.getBodyMarkdown(),
					lesson.getSources().stream().map(EssayCitation::ofReference).toList()))
			.toList();
		List<ScenarioContent> scenarioContents = getScenarios().stream()
			.map((scenario) -> scenario.getContent().asScenario())
			.toList();
		return new CourseContent(this.courseCode, this.title, this.summary, this.audience, lessonContents, "", quiz(),
				scenarioContents, this.renewAfterMonths);
	}

	/** Sets the course's details and quiz settings. */
	public void describe(Details details, String who, Instant when) {
		this.title = details.title();
		this.summary = details.summary();
		this.audience = details.audience();
		this.renewAfterMonths = details.renewAfterMonths();
		QuizSettings quiz = details.quiz();
		this.scenariosPerAttempt = quiz.scenariosPerAttempt();
		this.passMark = quiz.passMark();
		this.attemptsAllowed = quiz.attemptsAllowed();
		this.shuffleOptions = quiz.shuffleOptions();
		touched(who, when);
	}

	/** The quiz settings, read from the columns {@link #describe} writes them to. */
	private QuizSettings quiz() {
		return new QuizSettings(this.scenariosPerAttempt, this.passMark, this.attemptsAllowed, this.shuffleOptions);
	}

	public DraftLesson addLesson(String key, String title, String markdown, List<String> sources, String who,
			Instant when) {
		DraftLesson lesson = new DraftLesson(this, nextPosition(this.lessons), key, title, markdown, sources, who,
				when);
		this.lessons.add(lesson);
		return lesson;
	}

	public DraftScenario addScenario(DraftScenario.Content content, String who, Instant when) {
		DraftScenario scenario = new DraftScenario(this, nextPosition(this.scenarios), content, who, when);
		this.scenarios.add(scenario);
		return scenario;
	}

	public void removeLesson(DraftLesson lesson) {
		this.lessons.remove(lesson);
	}

	public void removeScenario(DraftScenario scenario) {
		this.scenarios.remove(scenario);
	}

	/** Moves a lesson to a 0-based position among the lessons. */
	public void moveLesson(DraftLesson lesson, int position) {
		List<DraftLesson> ordered = new ArrayList<>(getLessons());
		ordered.remove(lesson);
		ordered.add(Math.clamp(position, 0, ordered.size()), lesson);
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).placeAt(i + 1);
		}
	}

	private static int nextPosition(List<? extends Positioned> parts) {
		return parts.stream().mapToInt(Positioned::position).max().orElse(0) + 1;
	}

	public Long getId() {
		return this.id;
	}

	public String getCourseCode() {
		return this.courseCode;
	}

	public Integer getBasedOnVersion() {
		return this.basedOnVersion;
	}

	public Details getDetails() {
		return new Details(this.title, this.summary, this.audience, quiz(), this.renewAfterMonths);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public List<DraftLesson> getLessons() {
		return this.lessons.stream().sorted(Comparator.comparingInt(DraftLesson::position)).toList();
	}

	public List<DraftScenario> getScenarios() {
		return this.scenarios.stream().sorted(Comparator.comparingInt(DraftScenario::position)).toList();
	}

	/**
	 * A course's details and quiz settings.
	 *
	 * @param title shown to learners
	 * @param summary one or two sentences
	 * @param audience who it is for
	 * @param quiz how the quiz is drawn and passed
	 * @param renewAfterMonths months until a completion expires; 0 for never
	 */
	public record Details(String title, String summary, String audience, QuizSettings quiz, int renewAfterMonths) {
	}

	/** A lesson or scenario's place in its list. */
	interface Positioned {

		int position();

	}

}
