package org.servewell.hiring.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Interview kit versions, newest first where it matters.
 */
public interface InterviewKitVersionRepository extends JpaRepository<InterviewKitVersion, Long> {

	Optional<InterviewKitVersion> findFirstByKitOrderByVersionNumberDesc(InterviewKit kit);

	List<InterviewKitVersion> findByKitOrderByVersionNumberAsc(InterviewKit kit);

	/** The newest version of every kit, in the order the kits were first loaded. */
	@Query("""
			select v from InterviewKitVersion v join fetch v.kit k
			where v.versionNumber = (select max(v2.versionNumber) from InterviewKitVersion v2 where v2.kit = k)
			order by k.id""")
	List<InterviewKitVersion> findNewestVersions();

	/** The newest version of the kit with this content id, if there is such a kit. */
	@Query("""
			select v from InterviewKitVersion v join fetch v.kit k
			where k.code = :code
			and v.versionNumber = (select max(v2.versionNumber) from InterviewKitVersion v2 where v2.kit = k)""")
	Optional<InterviewKitVersion> findNewestVersion(String code);

}
