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

/**
 * The OpenAPI document's title, server and security scheme (a bearer API token or
 * client-credentials access token).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI servewellApi(@Value("${servewell.public-url:http://localhost:8080}") String publicUrl) {
		return new OpenAPI()
			.info(new Info().title("Servewell API")
				.version("v1")
				.description("People, departments, assignments, completions and certificates, and the course "
						+ "catalogue. Authenticate with an API token an administrator creates under API tokens: "
						+ "'Authorization: Bearer <token>', or, where the organisation's OpenID Connect provider is "
						+ "configured, with an access token it issued by the client-credentials grant (scopes api.read "
						+ "and api.write). Errors are RFC 9457 problem details."))
			.addServersItem(new Server().url(publicUrl.replaceAll("/+$", "")))
			.components(new Components().addSecuritySchemes("apiToken",
					new SecurityScheme().type(SecurityScheme.Type.HTTP)
						.scheme("bearer")
						.description("A Servewell API token (sw_...), or a client-credentials access token (JWT) "
								+ "from the configured provider")))
			.addSecurityItem(new SecurityRequirement().addList("apiToken"));
	}

}
