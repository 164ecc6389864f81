package org.servewell.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Course versions, newest first where it matters.
 */
public interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

	Optional<CourseVersion> findFirstByCourseOrderByVersionNumberDesc(Course course);

	Optional<CourseVersion> findFirstByCourseAndOriginOrderByVersionNumberDesc(Course course,
			CourseVersion.Origin origin);

	/** The newest version new attempts may start on. */
	Optional<CourseVersion> findFirstByCourseAndRetiredAtIsNullOrderByVersionNumberDesc(Course course);

	Optional<CourseVersion> findByCourseAndVersionNumber(Course course, int versionNumber);

	/**
	 * The newest version of every course, with the number of lessons and scenarios in
	 * each.
	 */
	@Query("""
			select new org.servewell.catalog.domain.CatalogRow(c.code, v.versionNumber, v.title, v.summary, v.audience,
			       v.estimatedMinutes, size(v.lessons), size(v.scenarios), v.publishedAt)
			from CourseVersion v join v.course c
			where v.versionNumber = (select max(v2.versionNumber) from CourseVersion v2 where v2.course = c)
			order by c.id""")
	List<CatalogRow> findNewestVersions();

	/**
	 * The title, summary and audience of every course's newest version in one language,
	 * where it is translated into it: course code, title, summary, audience.
	 */
	@Query("""
			select c.code, t.title, t.summary, t.audience
			from CourseVersion v join v.course c join v.translations t
			where key(t) = :language
			  and v.versionNumber = (select max(v2.versionNumber) from CourseVersion v2 where v2.course = c)""")
	List<Object[]> findNewestTranslations(String language);

	/**
	 * The courses whose newest version open to attempts has scenarios exercising the
	 * trait, with how many, most first.
	 */
	@Query("""
			select c.code, count(s)
			from CourseVersion v join v.course c join v.scenarios s join s.traits t
			where t.code = :traitCode and v.retiredAt is null
			  and v.versionNumber = (select max(v2.versionNumber) from CourseVersion v2
			                         where v2.course = c and v2.retiredAt is null)
			group by c.code
			order by count(s) desc, c.code""")
	List<Object[]> countScenariosExercising(String traitCode);

	List<CourseVersion> findByCourseOrderByVersionNumberAsc(Course course);

	/**
	 * Every scenario key of the newest version of each course but one, with its course's
	 * code.
	 */
	@Query("""
			select s.scenarioKey, c.code
			from CourseVersion v join v.course c join v.scenarios s
			where c.code <> :courseCode
			  and v.versionNumber = (select max(v2.versionNumber) from CourseVersion v2 where v2.course = c)""")
	List<Object[]> findNewestScenarioKeysExcept(String courseCode);

}
