package org.servewell.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import org.servewell.learning.AssignmentService;
import org.servewell.learning.RuleForm;
import org.servewell.people.PeopleService;
import org.servewell.people.PersonForm;
import org.servewell.people.Role;
import org.servewell.people.importing.EmployeeFile;
import org.servewell.people.importing.EmployeeImportService;
import org.servewell.people.importing.ImportPreview;
import org.servewell.people.importing.ImportProgress;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How long an employee file of many rows takes to read and preview, and to import,
 * through {@link EmployeeImportService} as the import screen calls it, and how much heap
 * each step needs at its peak. A generated file of N people (default 10,000) in 20
 * departments, one manager per 25, is imported into an empty database with an assignment
 * rule on one department; then a second file with one person in ten moved to another
 * department is previewed and imported over it. See README.md for the results.
 */
public final class EmployeeImportBenchmark {

	private static final String ADMIN = "bench-admin@servewell.org";

	private static final int DEPARTMENTS = 20;

	private static final int TEAM = 25;

	private EmployeeImportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = Integer.getInteger("rows", 10_000);
		Path folder = Files.createTempDirectory("servewell-import-bench");
		Path first = write(folder.resolve("employees.csv"), rows, 0);
		Path second = write(folder.resolve("employees-moved.csv"), rows, 10);
		System.out.printf(Locale.ROOT, "%n%,d rows: %,d bytes, then %,d bytes%n", rows, Files.size(first),
				Files.size(second));
		try (ConfigurableApplicationContext context = SpringApplication.run(BenchApplication.class, args)) {
			signIn();
			EmployeeImportService imports = context.getBean(EmployeeImportService.class);
			// A rule needs its department: the person form creates it.
			context.getBean(PeopleService.class)
				.createPerson(new PersonForm("bench-seed@example.org", "Seed", Set.of(Role.LEARNER), "Department 1",
						null, null, null, true, null), "a long benchmark password");
			context.getBean(AssignmentService.class)
				.createRule(new RuleForm("Department 1", null, "front-line-onboarding", null, 0));
			run("new people", imports, first);
			run("one in ten moved", imports, second);
		}
		finally {
			Files.deleteIfExists(first);
			Files.deleteIfExists(second);
			Files.deleteIfExists(folder);
		}
	}

	private static void run(String what, EmployeeImportService imports, Path file) throws Exception {
		EmployeeFile read = measure(what + ": read", () -> imports.read(file, file.getFileName().toString()));
		ImportPreview preview = measure(what + ": preview", () -> imports.preview(read));
		System.out.printf(Locale.ROOT, "  preview: %d created, %d changed, %d unchanged, %d problems%n",
				preview.created(), preview.changed(), preview.unchanged(), preview.problems().size());
		ImportPreview result = measure(what + ": import", () -> imports.importEmployees(read, ImportProgress.NONE));
		System.out.printf(Locale.ROOT, "  imported: %d created, %d changed%n", result.created(), result.changed());
	}

	/**
	 * Times one step and reports the heap's peak during it, after a collection before.
	 */
	private static <T> T measure(String step, Callable<T> action) throws Exception {
		System.gc();
		List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.toList();
		heap.forEach(MemoryPoolMXBean::resetPeakUsage);
		long before = used();
		long started = System.nanoTime();
		T result = action.call();
		double seconds = (System.nanoTime() - started) / 1e9;
		long peak = heap.stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
		System.gc();
		System.out.printf(Locale.ROOT, "%s: %.1f s, heap %d MB before, peak %d MB, %d MB after (result held)%n", step,
				seconds, before >> 20, peak >> 20, used() >> 20);
		return result;
	}

	private static long used() {
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	/**
	 * Writes N employees; every {@code movedEvery}th one (when not 0) in the next
	 * department.
	 */
	private static Path write(Path file, int rows, int movedEvery) throws IOException {
		StringBuilder csv = new StringBuilder(
				"\uFEFFemployee number;email;name;department;job role;start date;manager;active\r\n");
		LocalDate start = LocalDate.of(2027, 1, 4);
		for (int i = 0; i < rows; i++) {
			int department = (i % DEPARTMENTS) + ((movedEvery > 0 && i % movedEvery == 0) ? 1 : 0);
			String manager = (i < TEAM) ? "" : "E" + (i / TEAM - 1);
			csv.append('E')
				.append(i)
				.append(";bench-import-")
				.append(i)
				.append("@example.org;\"Person ")
				.append(i)
				.append("\";Department ")
				.append(department % DEPARTMENTS)
				.append(";Associate;")
				.append(start.plusDays(i % 365))
				.append(';')
				.append(manager)
				.append(";yes\r\n");
		}
		return Files.writeString(file, csv, StandardCharsets.UTF_8);
	}

	private static void signIn() {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ADMIN, "n/a",
				List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
		SecurityContextHolder.setContext(context);
	}

}
