package org.servewell.catalog;

import java.nio.file.Path;

import org.servewell.content.ContentSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the training content comes from: the content bundled with Servewell, or the
 * folder {@code servewell.content.location} names. The loader reads it at start-up; the
 * studio checks drafts against its trait model and essays.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

	@Bean
	ContentSource trainingContentSource(@Value("${servewell.content.location:}") String location) {
		return location.isBlank() ? ContentSource.bundled() : ContentSource.directory(Path.of(location));
	}

}
