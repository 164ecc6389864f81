package org.servewell.learning;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.servewell.catalog.CatalogService;
import org.servewell.catalog.CourseSummary;
import org.servewell.learning.domain.HiringCourseChoice;
import org.servewell.learning.domain.HiringCourseChoiceRepository;
import org.servewell.people.Roles;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The courses a hire was given for their weakest interview traits, for HR to see right
 * after hiring: learning adds them when it hears of the hire ({@code CandidateHired}), so
 * the hire's own result cannot carry them.
 */
@Service
public class HiringCourseService {

	private final HiringCourseChoiceRepository choices;

	private final CatalogService catalog;

	HiringCourseService(HiringCourseChoiceRepository choices, CatalogService catalog) {
		this.choices = choices;
		this.catalog = catalog;
	}

	/**
	 * What the hire hand-over did for a person's weakest traits, each course under its
	 * current title; no traits for a person not hired through Servewell or whose panel
	 * rated nothing.
	 */
	@PreAuthorize(Roles.HR_ONLY)
	@Transactional(readOnly = true)
	public HiringCourses coursesFromHiring(long personId) {
		List<HiringCourseChoice> chosen = this.choices.findByPersonIdOrderByTraitOrderAsc(personId);
		if (chosen.isEmpty()) {
			return new HiringCourses(null, List.of());
		}
		Map<String, String> titles = this.catalog.listCourses()
			.stream()
			.collect(Collectors.toMap(CourseSummary::code, CourseSummary::title));
		return new HiringCourses(chosen.get(0).getAudience(),
				chosen.stream()
					.map((choice) -> new HiringCourses.TraitCourse(choice.getTraitName(), choice.getPanelMean(),
							choice.getOutcome(), choice.getCourseCode(),
							(choice.getCourseCode() != null)
									? titles.getOrDefault(choice.getCourseCode(), choice.getCourseCode()) : null))
					.toList());
	}

}
