package org.servewell.web.api;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.servewell.people.NewPerson;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.PersonNotFoundException;
import org.servewell.people.Role;

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

/** People: list, read, create, update by email, deactivate. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "Who can use Servewell")
class PeopleApi {

	private final PeopleService people;

	PeopleApi(PeopleService people) {
		this.people = people;
	}

	@GetMapping
	@Operation(summary = "People by name, a page at a time, optionally by department, active or not, role, or a "
			+ "text in the name or email")
	ApiPage<PersonDetails> list(@RequestParam(required = false) String department,
			@RequestParam(required = false) Boolean active, @RequestParam(required = false) Role role,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
		String text = (q != null) ? q.strip().toLowerCase(Locale.ROOT) : null;
		List<PersonDetails> matching = this.people.listPeople()
			.stream()
			.filter((person) -> department == null || department.equalsIgnoreCase(person.department()))
			.filter((person) -> active == null || person.enabled() == active)
			.filter((person) -> role == null || person.hasRole(role))
			.filter((person) -> text == null || person.email().contains(text)
					|| person.displayName().toLowerCase(Locale.ROOT).contains(text))
			.toList();
		return ApiPage.of(matching, page, size);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person")
	PersonDetails get(@PathVariable long id) {
		return this.people.getPerson(id);
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
		PersonDetails current = byEmail(email);
		return this.people.updatePerson(current.id(), current.version(), form);
	}

	@PostMapping("/{id}/deactivate")
	@Operation(summary = "Stops a person signing in; their records stay")
	PersonDetails deactivate(@PathVariable long id) {
		PersonDetails current = this.people.getPerson(id);
		PersonForm form = new PersonForm(current.email(), current.displayName(), current.roles(), current.department(),
				current.jobRole(), current.startDate(), current.managerId(), false);
		return this.people.updatePerson(current.id(), current.version(), form);
	}

	private PersonDetails byEmail(String email) {
		String key = email.strip().toLowerCase(Locale.ROOT);
		return this.people.listPeople()
			.stream()
			.filter((person) -> person.email().equals(key))
			.findFirst()
			.orElseThrow(() -> new PersonNotFoundException(key));
	}

}
