package org.servewell.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.servewell.ServewellApplication;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the module picture that README.md links to, from the code, into docs/modules
 * (the repository's, as surefire runs in web/): a C4 component diagram of all modules,
 * one per module with the modules it uses, and each module's canvas. Every test run
 * refreshes it; commit the changes with the code that caused them.
 */
class ModuleDocumentationTest {

	private static final Path OUTPUT = Path.of("../docs/modules");

	@Test
	void the_module_picture_in_docs_shows_every_module_and_its_canvas() throws IOException {
		ApplicationModules modules = ApplicationModules.of(ServewellApplication.class);

		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString())).writeDocumentation();
		try (Stream<Path> diagrams = Files.list(OUTPUT)) {
			for (Path diagram : diagrams.filter((path) -> path.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
			}
		}
		try (Stream<Path> canvases = Files.list(OUTPUT)) {
			for (Path canvas : canvases.filter((path) -> path.toString().endsWith(".adoc")).toList()) {
				sortCanvasLists(canvas);
			}
		}

		String overview = Files.readString(OUTPUT.resolve("components.puml"));
		for (var module : modules) {
			String name = module.getIdentifier().toString();
			assertThat(overview).as("overview diagram").contains(module.getDisplayName());
			assertThat(OUTPUT.resolve("module-" + name + ".puml")).exists();
			assertThat(OUTPUT.resolve("module-" + name + ".adoc")).exists();
		}
	}

	/**
	 * The Documenter writes a diagram's relations in a different order on each run;
	 * sorted in place, an unchanged module structure leaves the committed files
	 * unchanged.
	 */
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
		Iterator<String> sorted = lines.stream()
			.filter(ModuleDocumentationTest::isRelation)
			.sorted()
			.toList()
			.iterator();
		lines.replaceAll((line) -> isRelation(line) ? sorted.next() : line);
		Files.write(diagram, lines);
	}

	/**
	 * A canvas lists a cell's entries (events, beans) in no fixed order either: each
	 * cell's list, a line starting "|* " and the "* " lines after it, is sorted.
	 */
	private static void sortCanvasLists(Path canvas) throws IOException {
		List<String> lines = Files.readAllLines(canvas);
		List<String> result = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			if (!lines.get(i).startsWith("|* ")) {
				result.add(lines.get(i));
				continue;
			}
			List<String> cell = new ArrayList<>(List.of(lines.get(i).substring(1)));
			while (i + 1 < lines.size() && lines.get(i + 1).startsWith("* ")) {
				cell.add(lines.get(++i));
			}
			cell.sort(null);
			cell.set(0, "|" + cell.get(0));
			result.addAll(cell);
		}
		Files.write(canvas, result);
	}

	private static boolean isRelation(String line) {
		return line.startsWith("Rel(");
	}

}
