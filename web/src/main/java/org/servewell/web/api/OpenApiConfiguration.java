package org.servewell.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's title, server and security scheme (a bearer API token). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI servewellApi(@Value("${servewell.public-url:http://localhost:8080}") String publicUrl) {
		return new OpenAPI()
			.info(new Info().title("Servewell API")
				.version("v1")
				.description("People, departments, assignments, completions and certificates, and the course "
						+ "catalogue. Authenticate with an API token an administrator creates under API tokens: "
						+ "'Authorization: Bearer <token>'. Errors are RFC 9457 problem details."))
			.addServersItem(new Server().url(publicUrl.replaceAll("/+$", "")))
			.components(new Components().addSecuritySchemes("apiToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("apiToken"));
	}

}
