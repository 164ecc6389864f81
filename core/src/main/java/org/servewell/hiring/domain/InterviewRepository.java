package org.servewell.hiring.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/**
 * Interviews, by candidate and by interviewer.
 */
public interface InterviewRepository extends JpaRepository<Interview, Long> {

	List<Interview> findByCandidateOrderByAssignedAtAscIdAsc(Candidate candidate);

	List<Interview> findByCandidateInOrderByAssignedAtAscIdAsc(List<Candidate> candidates);

	@Query("""
			select i from Interview i join fetch i.candidate c
			where i.interviewerId = :interviewerId and c.erasedAt is null
			order by i.assignedAt desc, i.id desc
			""")
	List<Interview> findForInterviewer(long interviewerId);

	@Query("""
			select count(i) > 0 from Interview i
			where i.interviewerId = :interviewerId and i.candidate.erasedAt is null
			""")
	boolean existsForInterviewer(long interviewerId);

	boolean existsByCandidateAndInterviewerId(Candidate candidate, long interviewerId);

	/** Every interview with a submitted scorecard, for the agreement statistics. */
	@Query("""
			select distinct i from Interview i join i.scorecards s
			where s.submittedAt is not null
			""")
	List<Interview> findSubmitted();

}
