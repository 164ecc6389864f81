package org.servewell.content;

import java.util.List;

/**
 * The bounds the content format sets, shared by the reader and by anything that lets
 * people author content, so that both accept the same things.
 */
public final class ContentLimits {

	/** Fewest lessons in a course. */
	public static final int MIN_LESSONS = 3;

	/** Most lessons in a course. */
	public static final int MAX_LESSONS = 6;

	/** Fewest response options in a scenario. */
	public static final int MIN_OPTIONS = 3;

	/** Most response options in a scenario. */
	public static final int MAX_OPTIONS = 5;

	/** Fewest traits a scenario exercises. */
	public static final int MIN_SCENARIO_TRAITS = 1;

	/** Most traits a scenario exercises. */
	public static final int MAX_SCENARIO_TRAITS = 3;

	/** Fewest traits in the trait model. */
	public static final int MIN_TRAITS = 8;

	/** Most traits in the trait model. */
	public static final int MAX_TRAITS = 12;

	/** Fewest traits an interview kit rates. */
	public static final int MIN_KIT_TRAITS = 4;

	/** Most traits an interview kit rates. */
	public static final int MAX_KIT_TRAITS = 8;

	/** Lowest weight of a trait in a kit. */
	public static final int MIN_WEIGHT = 1;

	/** Highest weight of a trait in a kit. */
	public static final int MAX_WEIGHT = 3;

	/** Fewest questions per trait in a kit. */
	public static final int MIN_QUESTIONS = 2;

	/** Most questions per trait in a kit. */
	public static final int MAX_QUESTIONS = 3;

	/** Longest id (courses, lessons, scenarios, traits, paths, kits, essay points). */
	public static final int MAX_ID_LENGTH = 80;

	/** Longest essay file name. */
	public static final int MAX_ESSAY_NAME_LENGTH = 100;

	/** Longest title of a course, lesson, scenario, path or kit. */
	public static final int MAX_TITLE_LENGTH = 200;

	/** Longest name of a trait. */
	public static final int MAX_TRAIT_NAME_LENGTH = 100;

	/** Longest summary of a course or path. */
	public static final int MAX_SUMMARY_LENGTH = 1000;

	/** Longest audience of a course or path, or role of a kit. */
	public static final int MAX_AUDIENCE_LENGTH = 200;

	/** Longest prompt of a scenario. */
	public static final int MAX_PROMPT_LENGTH = 1000;

	/**
	 * Longest text of a scenario option, trait definition, anchor or interview question.
	 */
	public static final int MAX_STATEMENT_LENGTH = 2000;

	/** Longest feedback of an option, or strong or weak answer of a question. */
	public static final int MAX_EXPLANATION_LENGTH = 4000;

	/** Longest follow-up probe of a question. */
	public static final int MAX_PROBE_LENGTH = 1000;

	/**
	 * Largest GIFT file the studio reads; the server refuses a larger one unread.
	 */
	public static final int MAX_GIFT_FILE_BYTES = 2_000_000;

	/**
	 * Largest course zip the studio reads; the server refuses a larger one unread.
	 */
	public static final int MAX_ARCHIVE_BYTES = 5_000_000;

	/**
	 * Most questions one import reads. A bank this size is already more than a course
	 * draws from; a larger file is refused whole.
	 */
	public static final int MAX_IMPORTED_SCENARIOS = 500;

	/**
	 * Most scenarios in a course's bank: the studio opens and checks the whole bank at
	 * once, so it must stay small enough to do that in a moment.
	 */
	public static final int MAX_BANK_SCENARIOS = 1000;

	/** The trait ids of the Servewell model; traits.yaml may define no others. */
	public static final List<String> TRAIT_IDS = List.of("respect", "fairness", "responsiveness", "product-knowledge",
			"accuracy", "courtesy", "making-things-right", "ownership", "judgement-within-rules", "consistency",
			"care-for-people", "openness-to-feedback");

	private ContentLimits() {
	}

}
