package org.servewell.web.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Checks the OpenAPI document the application serves with an OpenAPI parser (no messages:
 * it follows the specification), writes it into docs/api/openapi.json (the repository's,
 * as surefire runs in web/), so that a change to the API shows in review, and fails when
 * the committed document was out of date: run the test again and commit the file.
 */
class OpenApiDocumentTest extends ApiTestSupport {

	private static final Path DOCUMENT = Path.of("../docs/api/openapi.json");

	@Autowired
	JsonMapper json;

	@Test
	void the_openapi_document_describes_every_resource_and_docs_holds_the_same_document() throws Exception {
		String served = this.api.perform(get(ApiSecurityConfiguration.OPENAPI_DOCUMENT))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JsonNode document = this.json.readTree(served);

		assertThat(document.path("openapi").asString()).startsWith("3.");
		assertThat(document.path("paths").propertyNames()).contains("/api/v1/people", "/api/v1/people/{id}",
				"/api/v1/people/by-email/{email}", "/api/v1/people/{id}/deactivate", "/api/v1/departments",
				"/api/v1/courses", "/api/v1/paths", "/api/v1/assignments", "/api/v1/completions",
				"/api/v1/completions/{id}/certificate");
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served, null, options);
		assertThat(parsed.getMessages()).as("what the OpenAPI parser finds wrong with the document").isEmpty();
		assertThat(parsed.getOpenAPI().getPaths()).containsKey("/api/v1/people");
		assertThat(document.path("components").path("securitySchemes").path("apiToken").path("scheme").asString())
			.isEqualTo("bearer");
		String pretty = this.json.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
		String committed = Files.exists(DOCUMENT) ? Files.readString(DOCUMENT) : "";
		write(pretty);
		assertThat(committed).as("docs/api/openapi.json was out of date; it is rewritten now: commit it")
			.isEqualTo(pretty);
	}

	private static void write(String document) throws IOException {
		Files.createDirectories(DOCUMENT.getParent());
		Files.writeString(DOCUMENT, document);
	}

}
