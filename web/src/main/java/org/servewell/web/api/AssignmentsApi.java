package org.servewell.web.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.servewell.learning.AssignmentService;
import org.servewell.learning.PersonProgress;
import org.servewell.learning.ProgressOrder;
import org.servewell.learning.ProgressService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Assigned courses: who has what, and assigning more. */
@RestController
@RequestMapping("/api/v1/assignments")
@Tag(name = "Assignments", description = "Courses and paths assigned to people")
class AssignmentsApi {

	/**
	 * What an assignment did.
	 *
	 * @param assigned how many people were given the course or path (0 when they had it)
	 */
	record AssignmentResult(int assigned) {
	}

	private final AssignmentService assignments;

	private final ProgressService progress;

	AssignmentsApi(AssignmentService assignments, ProgressService progress) {
		this.assignments = assignments;
		this.progress = progress;
	}

	@GetMapping
	@Operation(summary = "Each assigned course of a person, or each person assigned a course (by name, then id), "
			+ "with where they stand, a page at a time; a manager's token sees only their reports")
	ResponseEntity<?> list(@RequestParam(required = false) Long personId,
			@RequestParam(required = false) String courseCode, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		if ((personId == null) == (courseCode == null)) {
			return ResponseEntity.badRequest()
				.body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Give either personId or courseCode."));
		}
		if (personId != null) {
			// One person's courses are few: read whole, then cut.
			return ResponseEntity.ok(ApiPage.of(this.progress.person(personId), page, size));
		}
		long offset = (long) page * size;
		List<PersonProgress> found = (offset > Integer.MAX_VALUE) ? List.of()
				: this.progress.coursePage(courseCode, ProgressOrder.NAME, false, (int) offset, size);
		int total = this.progress.coursePeopleCount(courseCode);
		return ResponseEntity.ok(new ApiPage<>(found, page, size, total, (total + size - 1) / size));
	}

	@PostMapping
	@Operation(summary = "Assigns a course or path to a person, or a course to everyone in a department")
	ResponseEntity<AssignmentResult> assign(@Valid @RequestBody AssignmentRequest request) {
		int assigned;
		if (request.department() != null) {
			assigned = this.assignments.assignCourseToDepartment(request.department(), request.courseCode(),
					request.dueDate());
		}
		else if (request.pathCode() != null) {
			this.assignments.assignPath(request.personId(), request.pathCode());
			assigned = 1;
		}
		else {
			this.assignments.assignCourse(request.personId(), request.courseCode(), request.dueDate());
			assigned = 1;
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(new AssignmentResult(assigned));
	}

}
