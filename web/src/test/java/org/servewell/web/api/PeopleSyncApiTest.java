package org.servewell.web.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.servewell.apiaccess.ApiScope;
import org.servewell.apiaccess.ApiTokenForm;
import org.servewell.people.PeopleSearch;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an HR system's sync meets: people keyed by employee number or email, lists paged
 * in the database, changes since its last read, and the refusals for bad parameters,
 * taken numbers, read-only tokens and tokens whose person may not see the records.
 */
class PeopleSyncApiTest extends ApiTestSupport {

	@Autowired
	PeopleService people;

	@Autowired
	PeopleSearch search;

	private final String unique = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void hr_system_creates_reads_and_changes_a_person_by_employee_number() throws Exception {
		String write = token(ApiScope.READ_WRITE);
		String number = "E-" + this.unique;

		this.api
			.perform(bearer(post("/api/v1/people"), write).contentType(MediaType.APPLICATION_JSON)
				.content(json("emp-" + this.unique + "@example.org", "Emma Employee", " " + number + " ")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.person.employeeNumber").value(number));
		this.api.perform(bearer(get("/api/v1/people/by-employee-number/" + number), write))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Emma Employee"))
			.andExpect(jsonPath("$.updatedAt").isString());
		this.api
			.perform(bearer(put("/api/v1/people/by-employee-number/" + number), write)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("emp-" + this.unique + "@example.org", "Emma Renamed", number)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Emma Renamed"));
		this.api.perform(bearer(get("/api/v1/people/by-email/EMP-" + this.unique + "@example.org"), write))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.employeeNumber").value(number))
			.andExpect(jsonPath("$.displayName").value("Emma Renamed"));
	}

	@Test
	void unknown_employee_number_or_email_is_not_found_and_a_read_token_cannot_change_by_number() throws Exception {
		String read = token(ApiScope.READ);
		create("holder", "Hal Holder", "R-" + this.unique);

		this.api.perform(bearer(get("/api/v1/people/by-employee-number/none-" + this.unique), read))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("No person has employee number none-" + this.unique + "."));
		this.api.perform(bearer(get("/api/v1/people/by-email/nobody-" + this.unique + "@example.org"), read))
			.andExpect(status().isNotFound());
		this.api
			.perform(bearer(put("/api/v1/people/by-employee-number/R-" + this.unique), read)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json("holder-" + this.unique + "@example.org", "Hijacked", "R-" + this.unique)))
			.andExpect(status().isForbidden());
	}

	@Test
	void employee_number_that_someone_else_has_is_refused_at_its_field_and_changes_nothing() throws Exception {
		String write = token(ApiScope.READ_WRITE);
		create("taken", "Tom Taken", "T-" + this.unique);
		PersonDetails other = create("other", "Olga Other", null);

		this.api
			.perform(bearer(put("/api/v1/people/by-email/" + other.email()), write)
				.contentType(MediaType.APPLICATION_JSON)
				.content(json(other.email(), "Olga Changed", "T-" + this.unique)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid request"))
			.andExpect(jsonPath("$.errors[0].field").value("employeeNumber"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("already belongs to Tom Taken")));
		this.api.perform(bearer(get("/api/v1/people/" + other.id()), write))
			.andExpect(jsonPath("$.displayName").value("Olga Other"));
		this.api
			.perform(bearer(post("/api/v1/people"), write).contentType(MediaType.APPLICATION_JSON)
				.content(json("long-" + this.unique + "@example.org", "Lou Long", "L".repeat(51))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("employeeNumber"))
			.andExpect(jsonPath("$.errors[0].message").value("An employee number has at most 50 characters."));
	}

	@Test
	void people_come_a_page_at_a_time_with_the_total_and_a_page_past_the_end_is_empty() throws Exception {
		String read = token(ApiScope.READ);
		for (int i = 1; i <= 3; i++) {
			create("paged" + i, "Paged " + i, null);
		}
		String list = "/api/v1/people?department=Sync " + this.unique + "&size=2";

		this.api.perform(bearer(get(list + "&page=0"), read))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].displayName", contains("Paged 1", "Paged 2")))
			.andExpect(jsonPath("$.totalItems").value(3))
			.andExpect(jsonPath("$.totalPages").value(2));
		this.api.perform(bearer(get(list + "&page=1"), read))
			.andExpect(jsonPath("$.items[*].displayName", contains("Paged 3")));
		this.api.perform(bearer(get(list + "&page=2"), read))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.totalItems").value(3));
		this.api.perform(bearer(get("/api/v1/people?size=501"), read))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("size"));
		this.api.perform(bearer(get("/api/v1/people?page=-1"), read))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("page"));
	}

	@Test
	void changed_since_lists_only_people_changed_after_the_last_read_oldest_change_first() throws Exception {
		String read = token(ApiScope.READ);
		PersonDetails later = create("later", "Lara Later", null);
		PersonDetails first = create("first", "Fred First", null);
		create("still", "Stan Still", null);
		Instant since = awaitClockAfter(Instant.now());
		change(first, "Fred Changed");
		awaitClockAfter(Instant.now());
		change(later, "Lara Changed");

		this.api.perform(bearer(get("/api/v1/people?department=Sync " + this.unique + "&changedSince=" + since), read))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].displayName", contains("Fred Changed", "Lara Changed")))
			.andExpect(jsonPath("$.totalItems").value(2));
	}

	@Test
	void changed_since_that_is_not_a_moment_is_a_problem_detail_naming_the_parameter() throws Exception {
		String read = token(ApiScope.READ);

		for (String list : new String[] { "/api/v1/people", "/api/v1/completions" }) {
			this.api.perform(bearer(get(list + "?changedSince=last-tuesday"), read))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("changedSince"))
				.andExpect(jsonPath("$.errors[0].message").value(containsString("ISO-8601")));
		}
	}

	@Test
	void managers_token_may_not_list_people_and_does_not_see_assignments_of_people_outside_their_team()
			throws Exception {
		PersonDetails manager = create("manager", "Mia Manager", null, Role.MANAGER);
		PersonDetails outsider = create("outsider", "Otto Outsider", null);
		String managers = as(manager.email(),
				() -> this.tokens
					.create(new ApiTokenForm("manager", ApiScope.READ, java.time.LocalDate.now().plusDays(2)))
					.secret());

		this.api.perform(bearer(get("/api/v1/people"), managers)).andExpect(status().isForbidden());
		this.api.perform(bearer(get("/api/v1/people/by-email/" + outsider.email()), managers))
			.andExpect(status().isForbidden());
		this.api.perform(bearer(get("/api/v1/assignments?personId=" + outsider.id()), managers))
			.andExpect(status().isNotFound());
		this.api.perform(bearer(get("/api/v1/completions"), managers)).andExpect(status().isForbidden());
	}

	private PersonDetails create(String handle, String name, String employeeNumber) {
		return create(handle, name, employeeNumber, Role.LEARNER);
	}

	private PersonDetails create(String handle, String name, String employeeNumber, Role role) {
		return asAdmin(() -> this.people
			.createPersonWithLink(new PersonForm(handle + "-" + this.unique + "@example.org", name, Set.of(role),
					"Sync " + this.unique, null, null, null, true, employeeNumber))
			.person());
	}

	private void change(PersonDetails person, String name) {
		asAdmin(() -> this.people.updatePerson(person.id(), person.version(), new PersonForm(person.email(), name,
				person.roles(), person.department(), null, null, null, true, null)));
	}

	private String json(String email, String name, String employeeNumber) {
		return """
				{"email":"%s","displayName":"%s","roles":["LEARNER"],"department":"Sync %s","enabled":true,
				 "employeeNumber":"%s"}
				""".formatted(email, name, this.unique, employeeNumber);
	}

	/**
	 * Waits, at most two seconds, until the clock is past {@code moment}; returns now.
	 */
	private static Instant awaitClockAfter(Instant moment) {
		Instant deadline = Instant.now().plusSeconds(2);
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		while (!now.isAfter(moment) && now.isBefore(deadline)) {
			Thread.onSpinWait();
			now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		}
		return now;
	}

}
