package org.servewell.web.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.servewell.people.NewPerson;
import org.servewell.people.PeopleFilter;
import org.servewell.people.PeopleSearch;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** People: list, read, create, update by email or employee number, deactivate. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Who can use Servewell")
class PeopleApi {

	private final PeopleService people;

	private final PeopleSearch search;

	PeopleApi(PeopleService people, PeopleSearch search) {
		this.people = people;
		this.search = search;
	}

	@GetMapping
	@Operation(
			summary = "People, a page at a time, optionally by department, active or not, role, a text in the "
					+ "name or email, or changed since a moment",
			description = "Ordered by name; with changedSince, by when each person was last changed and then by id, "
					+ "oldest first, so that pages stay stable while a client reads them. For incremental sync, "
					+ "pass the largest updatedAt of the previous read as changedSince: people changed at exactly "
					+ "that moment come again, none are missed.")
	ApiPage<PersonDetails> list(@RequestParam(required = false) String department,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String q,
			@Parameter(description = "Only people changed at or after this moment, ISO-8601 such as "
					+ "2026-12-01T00:00:00Z") @RequestParam(
							required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant changedSince,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		return ApiPage.of(this.search.page(new PeopleFilter(department, active, role, q, changedSince), page, size));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person")
	PersonDetails get(@PathVariable long id) {
		return this.people.getPerson(id);
	}

	@GetMapping("/by-email/{email}")
	@Operation(summary = "The person who signs in with the email, in any case")
	PersonDetails getByEmail(@PathVariable String email) {
		return this.search.byEmail(email);
	}

	@GetMapping("/by-employee-number/{number}")
	@Operation(summary = "The person with the HR system's employee number")
	PersonDetails getByEmployeeNumber(@PathVariable String number) {
		return this.search.byEmployeeNumber(number);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Creates a person with no password and a one-time link with which they set their own")
	NewPerson create(@Valid @RequestBody PersonForm form) {
		return this.people.createPersonWithLink(form);
	}

	@PutMapping("/by-email/{email}")
	@Operation(summary = "Changes the person who signs in with the email (the key); the body holds every field")
	PersonDetails update(@PathVariable String email, @Valid @RequestBody PersonForm form) {
		PersonDetails current = this.search.byEmail(email);
		return this.people.updatePerson(current.id(), current.version(), form);
	}

	@PutMapping("/by-employee-number/{number}")
	@Operation(summary = "Changes the person with the HR system's employee number (the key); the body holds every "
			+ "field, the employee number too (leave it out or blank to remove it)")
	PersonDetails updateByEmployeeNumber(@PathVariable String number, @Valid @RequestBody PersonForm form) {
		PersonDetails current = this.search.byEmployeeNumber(number);
		return this.people.updatePerson(current.id(), current.version(), form);
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Stops a person signing in; their records stay")
	PersonDetails deactivate(@PathVariable long id) {
		PersonDetails current = this.people.getPerson(id);
		PersonForm form = new PersonForm(current.email(), current.displayName(), current.roles(), current.department(),
				current.jobRole(), current.startDate(), current.managerId(), false, current.employeeNumber());
		return this.people.updatePerson(current.id(), current.version(), form);
	}

}
