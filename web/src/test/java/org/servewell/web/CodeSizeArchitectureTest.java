package org.servewell.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps rooms small: no main class over {@value #MAX_CLASS_LINES} lines and no method or
 * constructor over {@value #MAX_METHOD_LINES} lines (layout code included), in all three
 * Maven modules. The sources are parsed with the JDK's own compiler API, so lambdas and
 * anonymous classes count towards the method that holds them.
 */
class CodeSizeArchitectureTest {

	static final int MAX_CLASS_LINES = 400;

	static final int MAX_METHOD_LINES = 60;

	// Surefire runs in web/; the three modules' main sources.
	private static final List<Path> SOURCES = List.of(Path.of("../training-content/src/main/java"),
			Path.of("../core/src/main/java"), Path.of("src/main/java"));

	/**
	 * Classes over the limit when the check came in (issue 12), with their line count
	 * then: they may shrink, never grow, and must leave the list once under the limit
	 * (the test says so), so the list only shrinks.
	 */
	private static final Map<String, Integer> OVERSIZED_CLASSES = Map.of();

	/**
	 * Methods over the limit when the check came in (issue 12), as {@code File.method}
	 * (constructors by their class's name), with their line count then: the same rules.
	 */
	private static final Map<String, Integer> OVERSIZED_METHODS = Map.of(
			// parsers: one pass over a zip's entries, over a GIFT question
			"CourseArchive.unzip", 65, "GiftReader.readQuestion", 73);

	@Test
	void no_main_class_is_longer_than_a_newcomer_can_read_in_one_sitting() {
		Map<String, Integer> sizes = new TreeMap<>();
		for (Path file : javaFiles()) {
			sizes.merge(file.getFileName().toString().replace(".java", ""), lineCount(file), Math::max);
		}
		assertThat(oversized(sizes, MAX_CLASS_LINES, OVERSIZED_CLASSES))
			.as("classes over %d lines (name=lines)", MAX_CLASS_LINES)
			.isEmpty();
		assertThat(stale(sizes, OVERSIZED_CLASSES, MAX_CLASS_LINES))
			.as("allow-listed classes that grew, or shrank under the limit and should leave the list (name=lines now)")
			.isEmpty();
	}

	@Test
	void no_main_method_is_longer_than_a_screen() {
		Map<String, Integer> sizes = methodSizes(javaFiles());
		assertThat(oversized(sizes, MAX_METHOD_LINES, OVERSIZED_METHODS))
			.as("methods over %d lines (name=lines)", MAX_METHOD_LINES)
			.isEmpty();
		assertThat(stale(sizes, OVERSIZED_METHODS, MAX_METHOD_LINES))
			.as("allow-listed methods that grew, or shrank under the limit and should leave the list (name=lines now)")
			.isEmpty();
	}

	@Test
	void the_method_count_sees_a_long_method_and_its_lambdas() throws IOException {
		Path file = Files.createTempDirectory("sizes").resolve("Sample.java");
		StringBuilder body = new StringBuilder();
		for (int line = 0; line < MAX_METHOD_LINES; line++) {
			body.append("\t\tRunnable r").append(line).append(" = () -> {\n\t\t};\n");
		}
		Files.writeString(file, "class Sample {\n\tSample() {\n\t}\n\n\tvoid layout() {\n" + body + "\t}\n}\n");

		assertThat(methodSizes(List.of(file))).containsEntry("Sample.Sample", 2)
			.containsEntry("Sample.layout", 2 * MAX_METHOD_LINES + 2);
	}

	/** Entries over {@code limit} that the allow-list does not cover. */
	private static Map<String, Integer> oversized(Map<String, Integer> sizes, int limit, Map<String, Integer> allowed) {
		Map<String, Integer> over = new TreeMap<>();
		sizes.forEach((name, lines) -> {
			if (lines > limit && !allowed.containsKey(name)) {
				over.put(name, lines);
			}
		});
		return over;
	}

	/** Allow-list entries that grew, or that are now within the limit. */
	private static Map<String, Integer> stale(Map<String, Integer> sizes, Map<String, Integer> allowed, int limit) {
		Map<String, Integer> stale = new TreeMap<>();
		allowed.forEach((name, then) -> {
			int now = sizes.getOrDefault(name, 0);
			if (now > then || now <= limit) {
				stale.put(name, now);
			}
		});
		return stale;
	}

	private static List<Path> javaFiles() {
		List<Path> files = new ArrayList<>();
		for (Path root : SOURCES) {
			assertThat(root).isDirectory();
			try (Stream<Path> paths = Files.walk(root)) {
				paths.filter((path) -> path.toString().endsWith(".java"))
					.filter((path) -> !path.endsWith("package-info.java"))
					.forEach(files::add);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		assertThat(files).hasSizeGreaterThan(100);
		return files;
	}

	private static int lineCount(Path file) {
		try (Stream<String> lines = Files.lines(file)) {
			return (int) lines.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lines from each method's first annotation or modifier to its closing brace. */
	private static Map<String, Integer> methodSizes(List<Path> files) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		try (StandardJavaFileManager manager = compiler.getStandardFileManager(null, null, null)) {
			Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
			JavacTask task = (JavacTask) compiler.getTask(null, manager, null, List.of("-proc:none"), null, units);
			SourcePositions positions = Trees.instance(task).getSourcePositions();
			Map<String, Integer> sizes = new TreeMap<>();
			for (CompilationUnitTree unit : task.parse()) {
				new MethodLines(unit, positions, sizes).scan(unit, null);
			}
			return sizes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Records {@code File.method} and its line count; overloads keep the longest. */
	private static final class MethodLines extends TreePathScanner<Void, Void> {

		private final CompilationUnitTree unit;

		private final SourcePositions positions;

		private final Map<String, Integer> sizes;

		private final String file;

		private ClassTree type;

		MethodLines(CompilationUnitTree unit, SourcePositions positions, Map<String, Integer> sizes) {
			this.unit = unit;
			this.positions = positions;
			this.sizes = sizes;
			this.file = Path.of(unit.getSourceFile().toUri()).getFileName().toString().replace(".java", "");
		}

		@Override
		public Void visitClass(ClassTree tree, Void unused) {
			ClassTree outer = this.type;
			this.type = tree;
			try {
				return super.visitClass(tree, unused);
			}
			finally {
				this.type = outer;
			}
		}

		@Override
		public Void visitMethod(MethodTree tree, Void unused) {
			if (tree.getBody() != null) {
				long start = this.unit.getLineMap().getLineNumber(this.positions.getStartPosition(this.unit, tree));
				long end = this.unit.getLineMap().getLineNumber(this.positions.getEndPosition(this.unit, tree));
				String name = tree.getName().contentEquals("<init>") ? this.type.getSimpleName().toString()
						: tree.getName().toString();
				this.sizes.merge(this.file + "." + name, (int) (end - start + 1), Math::max);
			}
			return super.visitMethod(tree, unused);
		}

	}

}
