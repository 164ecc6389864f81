package org.servewell.web.api;

import org.junit.jupiter.api.Test;
import org.servewell.apiaccess.ApiScope;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People through the API: created, changed by email, deactivated and listed with filters
 * through PeopleService's rules; bad input and unknown people are problem details, and a
 * refused request changes nothing.
 */
class PeopleApiTest extends ApiTestSupport {

	@Autowired
	PeopleService people;

	@Test
	void a_write_token_creates_changes_by_email_and_deactivates_a_person() throws Exception {
		String write = token(ApiScope.READ_WRITE);

		this.api
			.perform(bearer(post("/api/v1/people"), write).contentType(MediaType.APPLICATION_JSON)
				.content(person("Api.Person@Example.org", "Api Person")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.person.email").value("api.person@example.org"))
			.andExpect(jsonPath("$.passwordLink").value(containsString("/set-password/")));
		this.api
			.perform(bearer(put("/api/v1/people/by-email/API.person@example.org"), write)
				.contentType(MediaType.APPLICATION_JSON)
				.content(person("api.person@example.org", "Api Person Renamed")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.displayName").value("Api Person Renamed"));
		long id = created("api.person@example.org").id();
		this.api.perform(bearer(post("/api/v1/people/" + id + "/deactivate"), write))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));

		this.api.perform(bearer(get("/api/v1/people?active=false&q=api.person"), write))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(1)))
			.andExpect(jsonPath("$.items[0].displayName").value("Api Person Renamed"));
		PersonDetails changed = created("api.person@example.org");
		assertThat(changed.enabled()).isFalse();
		assertThat(changed.department()).isEqualTo("Housekeeping");
	}

	@Test
	void bad_input_is_a_problem_detail_with_each_field_and_creates_nobody() throws Exception {
		String write = token(ApiScope.READ_WRITE);
		int before = asAdmin(() -> this.people.listPeople().size());

		this.api
			.perform(bearer(post("/api/v1/people"), write).contentType(MediaType.APPLICATION_JSON)
				.content("{\"email\":\"not an email\",\"displayName\":\"\",\"roles\":[],\"enabled\":true}"))

			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("nothing was changed")))
			.andExpect(jsonPath("$.errors", hasSize(3)))
			.andExpect(jsonPath("$.errors[0].field").value("displayName"))
			.andExpect(jsonPath("$.errors[0].message").value("Enter the person's name."))
			.andExpect(jsonPath("$.errors[1].field").value("email"))
			.andExpect(jsonPath("$.errors[2].field").value("roles"));
		this.api
			.perform(bearer(post("/api/v1/people"), write).contentType(MediaType.APPLICATION_JSON)
				.content(person(ADMIN, "Second Admin")))

			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("already signs in")));
		this.api
			.perform(bearer(post("/api/v1/people"), write).contentType(MediaType.APPLICATION_JSON).content("{not json"))

			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

		assertThat(asAdmin(() -> this.people.listPeople().size())).isEqualTo(before);
	}

	@Test
	void an_unknown_person_is_not_found_as_a_problem_detail() throws Exception {
		String write = token(ApiScope.READ_WRITE);

		this.api.perform(bearer(get("/api/v1/people/987654"), write))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No person with id 987654."));
		this.api
			.perform(bearer(put("/api/v1/people/by-email/nobody@example.org"), write)
				.contentType(MediaType.APPLICATION_JSON)
				.content(person("nobody@example.org", "No Body")))
			.andExpect(status().isNotFound());
		this.api.perform(bearer(get("/api/v1/completions?courseCode=no-such-course"), write))
			.andExpect(status().isNotFound());
		this.api.perform(bearer(get("/api/v1/completions/987654/certificate"), write)).andExpect(status().isNotFound());
	}

	@Test
	void an_assignment_that_names_both_a_person_and_a_department_is_refused_and_assigns_nothing() throws Exception {
		String write = token(ApiScope.READ_WRITE);

		this.api
			.perform(bearer(post("/api/v1/assignments"), write).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":1,\"department\":\"Front desk\",\"courseCode\":\"x\",\"pathCode\":\"y\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.errors[*].field", contains("courseOrPath", "pathForOnePerson", "personOrDepartment")));
	}

	@Test
	void requests_beyond_the_rate_limit_get_429_with_retry_after() throws Exception {
		String read = token(ApiScope.READ);
		for (int request = 0; request < 30; request++) {
			this.api.perform(bearer(get("/api/v1/departments"), read)).andExpect(status().isOk());
		}

		this.api.perform(bearer(get("/api/v1/departments"), read))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(429));
		this.api.perform(bearer(get("/api/v1/departments"), token(ApiScope.READ))).andExpect(status().isOk());
	}

	private PersonDetails created(String email) {
		return asAdmin(() -> this.people.listPeople()
			.stream()
			.filter((person) -> person.email().equals(email))
			.findFirst()
			.orElseThrow());
	}

}
