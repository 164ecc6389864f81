package org.servewell.web.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servewell.apiaccess.ApiScope;
import org.servewell.apiaccess.ApiTokenSummary;
import org.servewell.people.PeopleService;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may call which endpoint: a read token reads every resource, a read-and-write token
 * also writes; no token, a wrong, revoked or expired token, and a read token that writes
 * are refused with problem details.
 */
class ApiAccessTest extends ApiTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/people", "/api/v1/people/1", "/api/v1/departments", "/api/v1/courses",
			"/api/v1/paths", "/api/v1/assignments?personId=1", "/api/v1/assignments?courseCode=first-time-every-time",
			"/api/v1/completions", "/api/v1/completions?changedSince=2026-01-01T00:00:00Z" })
	void a_read_token_reads_every_resource_and_no_token_is_refused_with_401(String path) throws Exception {
		String read = token(ApiScope.READ);

		this.api.perform(bearer(get(path), read)).andExpect(status().isOk());
		this.api.perform(get(path))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", "Bearer"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.detail").value(containsString("Authorization: Bearer")));
	}

	@Test
	void a_read_token_that_writes_is_refused_with_403_and_nothing_is_created() throws Exception {
		String read = token(ApiScope.READ);
		int before = asAdmin(() -> this.people().size());

		this.api
			.perform(bearer(post("/api/v1/people"), read).contentType(MediaType.APPLICATION_JSON)
				.content(person("reader-write@example.org", "Reader Write")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("read token may only read")));
		this.api
			.perform(bearer(post("/api/v1/assignments"), read).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":1,\"courseCode\":\"first-time-every-time\"}"))
			.andExpect(status().isForbidden());

		assertThat(asAdmin(() -> this.people().size())).isEqualTo(before);
	}

	@Test
	void a_wrong_revoked_or_expired_token_is_refused_with_401() throws Exception {
		String write = token(ApiScope.READ_WRITE);
		this.api.perform(bearer(get("/api/v1/people"), write)).andExpect(status().isOk());
		ApiTokenSummary created = asAdmin(() -> this.tokens.list().get(0));

		asAdmin(() -> this.tokens.revoke(created.id()));
		this.api.perform(bearer(get("/api/v1/people"), write))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("invalid_token")))
			.andExpect(jsonPath("$.detail").value(containsString("revoked or expired")));
		this.api.perform(bearer(get("/api/v1/people"), "sw_not-a-token")).andExpect(status().isUnauthorized());
		this.api.perform(get("/api/v1/people").header("Authorization", "Basic YWRtaW46YWRtaW4="))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void a_token_past_its_last_day_is_refused() throws Exception {
		String secret = token(ApiScope.READ);
		long id = asAdmin(() -> this.tokens.list().get(0).id());
		ExpiredTokens.expire(this.context, id);

		this.api.perform(bearer(get("/api/v1/people"), secret)).andExpect(status().isUnauthorized());
	}

	@Test
	void a_token_records_when_it_was_last_used_and_its_list_shows_no_secret() throws Exception {
		String secret = token(ApiScope.READ);
		this.api.perform(bearer(get("/api/v1/departments"), secret)).andExpect(status().isOk());

		ApiTokenSummary used = asAdmin(() -> this.tokens.list().get(0));
		assertThat(used.lastUsedAt()).isNotNull();
		assertThat(used.toString()).doesNotContain(secret);
	}

	@Test
	void the_api_keeps_no_session_and_needs_no_csrf_token() throws Exception {
		String write = token(ApiScope.READ_WRITE);

		this.api
			.perform(bearer(post("/api/v1/assignments"), write).contentType(MediaType.APPLICATION_JSON)
				.content("{\"department\":\"Front desk\",\"courseCode\":\"first-time-every-time\"}"))
			.andExpect(status().isCreated())
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void the_openapi_document_is_open_and_lists_the_paths() throws Exception {
		this.api.perform(get(ApiSecurityConfiguration.OPENAPI_DOCUMENT))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.openapi").value(containsString("3.")))
			.andExpect(jsonPath("$.paths['/api/v1/people']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/completions']").exists())
			.andExpect(jsonPath("$.paths.length()").value(greaterThan(5)));
	}

	private List<?> people() {
		return this.context.getBean(PeopleService.class).listPeople();
	}

}
