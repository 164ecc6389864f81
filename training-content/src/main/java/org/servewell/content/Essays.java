package org.servewell.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The source essays that {@code content.yaml} lists, their coverage files, and which of
 * their points the lessons and scenarios teach.
 */
final class Essays {

	private static final Pattern ESSAY_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*\\.txt");

	private static final List<String> ORIGIN_KEYS = List.of("title", "author", "published");

	private static final List<String> ESSAY_KEYS = List.of("essay", "title", "source", "points");

	private static final List<String> POINT_KEYS = List.of("id", "point");

	private static final List<String> SOURCE_KEYS = List.of("essay", "point");

	private final ContentFiles files;

	private final Set<String> listed = new LinkedHashSet<>();

	private final Map<String, EssayContent> essays = new LinkedHashMap<>();

	private final Map<EssayCitation, At> pointLines = new LinkedHashMap<>();

	private final Set<EssayCitation> taught = new HashSet<>();

	private Essays(ContentFiles files) {
		this.files = files;
	}

	/** Reads the essays that the index lists, with their coverage files. */
	static Essays read(ContentFiles files, YamlFile.Mapping index) {
		Essays essays = new Essays(files);
		for (YamlFile.Located essay : index.texts("essays", "the content index")) {
			if (essay.value().length() > ContentLimits.MAX_ESSAY_NAME_LENGTH) {
				files.problem(index.path(), essay.line(), YamlFile.tooLong("essay file name '" + essay.value() + "'",
						essay.value(), ContentLimits.MAX_ESSAY_NAME_LENGTH));
			}
			else if (!ESSAY_FILE.matcher(essay.value()).matches()) {
				files.problem(index.path(), essay.line(), "essay '" + essay.value()
						+ "' must be the file name of an essay in shared/seeds, such as '000_37c8580c060f5886.txt'");
			}
			else if (!essays.listed.add(essay.value())) {
				files.problem(index.path(), essay.line(), "essay '" + essay.value() + "' is listed twice");
			}
			else {
				essays.readCoverage(index.path(), essay);
			}
		}
		return essays;
	}

	/**
	 * The coverage file authors are told to create. The format's
	 * {@code essays/<essay-file-name>.yaml} is read both with and without the essay's
	 * {@code .txt}, because both readings of it are natural.
	 */
	static String coverageFile(String essay) {
		return "essays/" + essay.substring(0, essay.length() - ".txt".length()) + ".yaml";
	}

	private void readCoverage(String indexPath, YamlFile.Located essay) {
		String preferred = coverageFile(essay.value());
		String literal = "essays/" + essay.value() + ".yaml";
		boolean hasPreferred = this.files.text(preferred).isPresent();
		boolean hasLiteral = this.files.text(literal).isPresent();
		if (hasPreferred && hasLiteral) {
			this.files.problem(indexPath, essay.line(), "essay '" + essay.value() + "' has two coverage files, "
					+ preferred + " and " + literal + "; keep one");
			return;
		}
		if (!hasPreferred && !hasLiteral) {
			this.files.problem(indexPath, essay.line(),
					"essay '" + essay.value() + "' has no coverage file: create " + preferred);
			return;
		}
		String path = hasPreferred ? preferred : literal;
		this.files.yaml(path).ifPresent((coverage) -> readCoverage(path, essay.value(), coverage));
	}

	private void readCoverage(String path, String essay, YamlFile.Mapping coverage) {
		String what = "the coverage file of essay '" + essay + "'";
		coverage.allowOnly("an essay coverage file", ESSAY_KEYS);
		String named = coverage.text("essay", what);
		if (!named.isEmpty() && !named.equals(essay)) {
			coverage.problemAt("essay",
					"'essay' is '" + named + "'; it must name the essay this file covers, '" + essay + "'");
		}
		String title = coverage.text("title", what);
		EssayContent.Source source = readSource(coverage);
		List<EssayContent.Point> points = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		List<YamlFile.Mapping> listedPoints = coverage.mappings("points", what);
		coverage.checkSize("points", listedPoints.size(), 1, Integer.MAX_VALUE,
				what + " lists no points; name the essay's main points");
		for (YamlFile.Mapping point : listedPoints) {
			point.allowOnly("a point", POINT_KEYS);
			String id = point.text("id", "a point of essay '" + essay + "'");
			String text = point.text("point", "point '" + id + "'");
			if (id.isEmpty() || !this.files.checkId(path, point.line(), "point", id, "consistency-or-nothing")) {
				continue;
			}
			if (!ids.add(id)) {
				point.problemAt("id", "point '" + id + "' is listed twice in this essay");
				continue;
			}
			points.add(new EssayContent.Point(id, text));
			this.pointLines.put(new EssayCitation(essay, id), new At(path, point.line()));
		}
		this.essays.put(essay, new EssayContent(essay, title, source, points));
	}

	private static EssayContent.Source readSource(YamlFile.Mapping coverage) {
		return coverage.optionalMapping("source").map((source) -> {
			source.allowOnly("an essay's source", ORIGIN_KEYS);
			return new EssayContent.Source(source.optionalText("title").orElse(null),
					source.optionalText("author").orElse(null), source.optionalText("published").orElse(null));
		}).orElse(EssayContent.Source.UNKNOWN);
	}

	/**
	 * Checks a citation, a mapping with {@code essay} and {@code point}, and records the
	 * point as taught.
	 * @param who the lesson or scenario that cites, for messages
	 */
	Optional<EssayCitation> cite(YamlFile.Mapping source, String who) {
		source.allowOnly("a source", SOURCE_KEYS);
		String essay = source.text("essay", "a source of " + who);
		String point = source.text("point", "a source of " + who);
		if (essay.isEmpty() || point.isEmpty() || !checkListed(source.path(), source.line("essay"), essay, who)) {
			return Optional.empty();
		}
		EssayContent content = this.essays.get(essay);
		if (content == null) {
			// Its coverage file is missing or unreadable, which content.yaml's problem
			// already says.
			return Optional.empty();
		}
		if (content.points().stream().noneMatch((known) -> known.id().equals(point))) {
			source.problemAt("point",
					who + " cites point '" + point + "', which essay '" + essay + "' does not have; its points are: "
							+ content.points().stream().map(EssayContent.Point::id).collect(Collectors.joining(", ")));
			return Optional.empty();
		}
		EssayCitation citation = new EssayCitation(essay, point);
		this.taught.add(citation);
		return Optional.of(citation);
	}

	/** Checks that an essay named by a file is one that content.yaml lists. */
	boolean checkListed(String file, int line, String essay, String who) {
		if (this.listed.contains(essay)) {
			return true;
		}
		this.files.problem(file, line,
				who + " cites essay '" + essay + "', which content.yaml does not list under 'essays'");
		return false;
	}

	/** Reports every essay point that no lesson or scenario cites. */
	void reportUntaught() {
		this.pointLines.forEach((point, at) -> {
			if (!this.taught.contains(point)) {
				this.files.problem(at.file(), at.line(), "point '" + point.point()
						+ "' is not taught anywhere; cite it in a lesson's 'sources' or a scenario's 'source'");
			}
		});
	}

	List<EssayContent> contents() {
		return List.copyOf(this.essays.values());
	}

	/** Where a point is defined, so that an untaught one can be reported there. */
	private record At(String file, int line) {
	}

}
