package org.servewell.catalog.bank;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.EssayContent;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The source essays named as a reader should see them: by their own title, author and
 * date, with the points a lesson takes from them. Read from the content folder on first
 * use and kept: the essays do not change while the application runs.
 */
@Component
class EssaySources {

	private final Supplier<Map<String, EssayContent>> essays;

	EssaySources(ContentSource contentSource) {
		this.essays = SingletonSupplier.of(() -> ContentReader.read(contentSource)
			.essays()
			.stream()
			.collect(Collectors.toMap(EssayContent::essay, Function.identity())));
	}

	/**
	 * The sources of a lesson, one per essay in the order first cited, from citations
	 * stored as {@code essay#point}. A citation of an essay or point no longer in the
	 * content is named by its file name and id rather than dropped.
	 */
	List<BankVersion.LessonSource> of(List<String> citations) {
		Map<String, List<String>> pointsByEssay = new LinkedHashMap<>();
		for (String citation : citations) {
			int hash = citation.indexOf('#');
			String essay = (hash < 0) ? citation : citation.substring(0, hash);
			String pointId = (hash < 0) ? "" : citation.substring(hash + 1);
			EssayContent content = this.essays.get().get(essay);
			String point = (content == null) ? pointId
					: content.point(pointId).map(EssayContent.Point::point).orElse(pointId);
			List<String> points = pointsByEssay.computeIfAbsent(essay, (key) -> new ArrayList<>());
			if (!point.isBlank()) {
				points.add(point);
			}
		}
		return pointsByEssay.entrySet().stream().map((entry) -> {
			EssayContent content = this.essays.get().get(entry.getKey());
			String named = (content == null) ? "essay " + entry.getKey() : content.citation();
			return new BankVersion.LessonSource(named, entry.getValue());
		}).toList();
	}

}
