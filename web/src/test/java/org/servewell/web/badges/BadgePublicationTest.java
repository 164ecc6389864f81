package org.servewell.web.badges;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servewell.badges.BadgeAddresses;
import org.servewell.badges.BadgeService;
import org.servewell.people.Roles;
import org.servewell.testsupport.SignedIn;
import org.servewell.web.NewLearners;
import org.servewell.web.ViewTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a badge verifier fetches is open to anyone, signed in or not, through the real
 * security filter chain; nothing else under those paths is.
 */
class BadgePublicationTest extends ViewTest {

	private static final String COURSE = "first-time-every-time";

	@Autowired
	WebApplicationContext context;

	@Autowired
	JsonMapper json;

	@Autowired
	BadgeService badges;

	@Autowired
	NewLearners learners;

	MockMvc anyone;

	@BeforeEach
	void buildClient() {
		this.anyone = MockMvcBuilders.webAppContextSetup(this.context)
			.addFilters(this.context.getBean("springSecurityFilterChain", Filter.class))
			.build();
	}

	@Test
	void anyone_fetches_the_key_set_each_key_the_issuer_and_the_status_list() throws Exception {
		// Signing the status list makes the first key, as a first badge would.
		String statusList = body(BadgeAddresses.STATUS_LIST_PATH, "text/plain");
		JsonNode keys = this.json.readTree(body(BadgeAddresses.KEY_SET_PATH, "application/jwk-set+json"));
		String keyId = keys.at("/keys/0/kid").asString();
		JsonNode key = this.json
			.readTree(body(keyId.substring(keyId.indexOf("/badges/keys/")), "application/jwk+json"));
		JsonNode issuer = this.json.readTree(body(BadgeAddresses.ISSUER_PATH, "application/json"));

		assertThat(keys.at("/keys/0/kty").asString()).isEqualTo("RSA");
		assertThat(keys.toString()).doesNotContain("\"d\"").as("never the private half");
		assertThat(key.get("n").asString()).isEqualTo(keys.at("/keys/0/n").asString());
		assertThat(issuer.get("type").toString()).contains("Profile");
		assertThat(statusList.split("\\.")).hasSize(3);
	}

	@Test
	void anyone_fetches_the_achievement_a_badge_names_and_nothing_for_what_nobody_earned() throws Exception {
		String email = this.learners.assigned("achiever", COURSE);
		long completion = this.learners.complete(email, COURSE).completionId();
		String badge = SignedIn.as(email, () -> this.badges.badge(completion, Locale.ENGLISH), Roles.LEARNER).json();
		JsonNode named = this.json.readTree(badge).at("/credentialSubject/achievement");
		String id = named.get("id").asString();

		JsonNode served = this.json
			.readTree(body(id.substring(id.indexOf(BadgeAddresses.ACHIEVEMENTS_PATH)), "application/json"));

		assertThat(served.get("id")).isEqualTo(named.get("id"));
		assertThat(served.get("name")).isEqualTo(named.get("name"));
		assertThat(served.get("criteria")).isEqualTo(named.get("criteria"));
		this.anyone.perform(get(BadgeAddresses.ACHIEVEMENTS_PATH + "course/" + COURSE + "/v999"))
			.andExpect(status().isNotFound());
		this.anyone.perform(get(BadgeAddresses.ACHIEVEMENTS_PATH + "course/" + COURSE + "/vx"))
			.andExpect(status().isNotFound());
		this.anyone.perform(get(BadgeAddresses.ACHIEVEMENTS_PATH + "path/no-such-path"))
			.andExpect(status().isNotFound());
		this.anyone.perform(get(BadgeAddresses.ACHIEVEMENTS_PATH + "anything-else"))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).as("not open beyond the achievements")
				.isIn(302, 401, 403));
	}

	@Test
	void an_unknown_key_is_not_found_and_nothing_but_reading_is_open() throws Exception {
		this.anyone.perform(get(BadgeAddresses.KEYS_PATH + "no-such-key")).andExpect(status().isNotFound());
		this.anyone.perform(post(BadgeAddresses.STATUS_LIST_PATH))
			.andExpect((result) -> assertThat(result.getResponse().getStatus()).isIn(302, 401, 403, 405));
	}

	private String body(String path, String type) throws Exception {
		return this.anyone.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith(type)))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

}
