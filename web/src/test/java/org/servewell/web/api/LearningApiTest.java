package org.servewell.web.api;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.servewell.apiaccess.ApiScope;
import org.servewell.apiaccess.ApiTokenForm;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.AssignmentService;
import org.servewell.learning.AttemptService;
import org.servewell.learning.LearnerService;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonDetails;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.testsupport.TestLearners;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Assignments and completions through the API, and a token whose administrator is
 * disabled.
 */
class LearningApiTest extends ApiTestSupport {

	private static final String COURSE = "first-time-every-time";

	@Autowired
	PeopleService people;

	@Autowired
	AssignmentService assignments;

	@Autowired
	LearnerService learner;

	@Autowired
	AttemptService attempts;

	@Autowired
	CourseBank bank;

	@Test
	void a_course_assigned_through_the_api_is_listed_for_the_person_and_the_course() throws Exception {
		String write = token(ApiScope.READ_WRITE);
		long learner = asAdmin(() -> this.people.listPeople()
			.stream()
			.filter((person) -> person.email().equals(LEARNER))
			.findFirst()
			.orElseThrow()
			.id());

		this.api
			.perform(bearer(post("/api/v1/assignments"), write).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":" + learner + ",\"courseCode\":\"dignity-for-everyone\","
						+ "\"dueDate\":\"2027-01-31\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.assigned").value(1));

		this.api.perform(bearer(get("/api/v1/assignments?personId=" + learner), write))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].courseCode", hasItem("dignity-for-everyone")));
		this.api.perform(bearer(get("/api/v1/assignments?courseCode=dignity-for-everyone"), write))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].personId", hasItem((int) learner)))
			.andExpect(jsonPath("$.totalItems").isNumber());
		this.api
			.perform(bearer(post("/api/v1/assignments"), write).contentType(MediaType.APPLICATION_JSON)
				.content("{\"personId\":" + learner + ",\"courseCode\":\"no-such-course\"}"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void completions_changed_since_a_later_time_are_none() throws Exception {
		String read = token(ApiScope.READ);

		this.api.perform(bearer(get("/api/v1/completions?changedSince=" + Instant.now().plusSeconds(3600)), read))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.api.perform(bearer(get("/api/v1/completions?changedSince=yesterday"), read))
			.andExpect(status().isBadRequest());
	}

	@Test
	void a_certificate_is_written_in_the_language_the_request_accepts_and_without_one_in_the_default()
			throws Exception {
		String read = token(ApiScope.READ);
		long completionId = completedCourse();
		String certificate = "/api/v1/completions/" + completionId + "/certificate";

		MvcResult german = this.api
			.perform(bearer(get(certificate), read).header(HttpHeaders.ACCEPT_LANGUAGE, "de-CH,de;q=0.9,en;q=0.5"))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "de"))
			.andReturn();
		MvcResult unasked = this.api.perform(bearer(get(certificate), read))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
			.andReturn();
		MvcResult french = this.api.perform(bearer(get(certificate), read).header(HttpHeaders.ACCEPT_LANGUAGE, "fr-FR"))
			.andExpect(header().string(HttpHeaders.CONTENT_LANGUAGE, "en"))
			.andReturn();

		assertThat(text(german)).contains("Abschlusszertifikat").doesNotContain("Certificate of completion");
		assertThat(text(unasked)).contains("Certificate of completion");
		assertThat(text(french)).contains("Certificate of completion");
	}

	@Test
	void a_token_stops_working_when_its_administrator_is_disabled() throws Exception {
		PersonDetails second = asAdmin(() -> this.people.createPerson(new PersonForm("second-admin@example.org",
				"Second Admin", Set.of(Role.ADMIN), null, null, null, null, true, null), "a long enough password 1"));
		String secret = as("second-admin@example.org",
				() -> this.tokens.create(new ApiTokenForm("second", ApiScope.READ, LocalDate.now().plusDays(3)))
					.secret());
		this.api.perform(bearer(get("/api/v1/departments"), secret)).andExpect(status().isOk());

		asAdmin(() -> this.people.updatePerson(second.id(), second.version(), new PersonForm(second.email(),
				second.displayName(), second.roles(), null, null, null, null, false, null)));

		this.api.perform(bearer(get("/api/v1/departments"), secret)).andExpect(status().isUnauthorized());
	}

	/** A new learner's completion of a course, taken as a learner would. */
	private long completedCourse() {
		String email = "certified-" + UUID.randomUUID().toString().substring(0, 8) + "@test.servewell.org";
		long personId = asAdmin(() -> this.people
			.createPerson(new PersonForm(email, "Certified Learner", Set.of(Role.LEARNER), null, null, null, null, true,
					null), "a long test password")
			.id());
		asAdmin(() -> {
			this.assignments.assignCourse(personId, COURSE, LocalDate.now().plusDays(7));
			return personId;
		});
		BankVersion version = this.bank.newestVersion(this.bank.courseId(COURSE).orElseThrow()).orElseThrow();
		return TestLearners.completeWithBestAnswers(this.learner, this.attempts, email, COURSE, version).completionId();
	}

	private static String text(MvcResult pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			return new PDFTextStripper().getText(document);
		}
	}

}
