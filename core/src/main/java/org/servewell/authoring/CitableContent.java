package org.servewell.authoring;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.EssayCitation;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The essay points and traits a draft can refer to, each read from the content folder on
 * first use and kept: the essays and traits do not change while the application runs.
 */
@Component
class CitableContent {

	private final Supplier<List<SourceChoice>> sourceChoices;

	private final Supplier<Set<String>> traitIds;

	CitableContent(ContentSource contentSource) {
		this.sourceChoices = SingletonSupplier.of(() -> ContentReader.read(contentSource)
			.essays()
			.stream()
			.flatMap((essay) -> essay.points()
				.stream()
				.map((point) -> new SourceChoice(new EssayCitation(essay.essay(), point.id()), essay.title(),
						point.point())))
			.toList());
		this.traitIds = SingletonSupplier.of(() -> ContentReader.read(contentSource)
			.traits()
			.stream()
			.map((trait) -> trait.id())
			.collect(Collectors.toUnmodifiableSet()));
	}

	/** The essay points lessons and scenarios can cite, essay by essay. */
	List<SourceChoice> sourceChoices() {
		return this.sourceChoices.get();
	}

	/** The ids of the traits a scenario can train. */
	Set<String> traitIds() {
		return this.traitIds.get();
	}

}
