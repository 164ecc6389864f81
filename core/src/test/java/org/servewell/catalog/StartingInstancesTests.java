package org.servewell.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servewell.catalog.bank.BankVersion;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.catalog.domain.CourseVersion;
import org.servewell.catalog.domain.CourseRepository;
import org.servewell.catalog.domain.CourseVersionRepository;
import org.servewell.content.ContentBundle;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;
import org.servewell.content.CourseContent;
import org.servewell.content.LessonContent;
import org.servewell.shared.InstanceLock;
import org.servewell.testsupport.JobLocks;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Several instances of Servewell starting together on one database load the training
 * content one after another: one adds the new version, the others wait for it and find
 * the content up to date. Not transactional, as instances commit what they load; each
 * test loads a course of its own. Subclasses choose the database.
 */
@SpringBootTest
abstract class StartingInstancesTests {

	private static final ContentBundle BUNDLED = ContentReader.read(ContentSource.bundled());

	@Autowired
	ContentImport contentImport;

	@Autowired
	InstanceLock lock;

	@Autowired
	CourseBank bank;

	@Autowired
	CourseRepository courses;

	@Autowired
	CourseVersionRepository versions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private final ExecutorService instances = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopInstances() {
		this.instances.shutdownNow();
	}

	@Test
	void two_instances_starting_together_on_changed_content_add_one_new_version() throws Exception {
		String code = "two-instances-" + UUID.randomUUID().toString().substring(0, 8);
		newInstance().load(bundleWith(course(code, "First text.")));
		ContentBundle changed = bundleWith(course(code, "Changed text."));
		CountDownLatch start = new CountDownLatch(1);

		List<Future<ContentImport.ImportResult>> loads = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			ContentLoader instance = newInstance();
			loads.add(this.instances.submit(() -> {
				start.await();
				return instance.load(changed);
			}));
		}
		start.countDown();
		List<ContentImport.ImportResult> results = new ArrayList<>();
		for (Future<ContentImport.ImportResult> load : loads) {
			results.add(load.get(2, TimeUnit.MINUTES));
		}

		assertThat(versionNumbers(code)).containsExactly(1, 2);
		assertThat(results).extracting(ContentImport.ImportResult::published)
			.containsExactlyInAnyOrder(List.of(code + " v2"), List.of());
		assertThat(results).extracting(ContentImport.ImportResult::unchanged).containsExactlyInAnyOrder(0, 1);
	}

	@Test
	void instance_starting_while_another_loads_waits_and_then_finds_nothing_to_do() throws Exception {
		String code = "waiting-instance-" + UUID.randomUUID().toString().substring(0, 8);
		newInstance().load(bundleWith(course(code, "First text.")));
		ContentBundle changed = bundleWith(course(code, "Changed text."));
		JobLocks locks = new JobLocks(this.jdbc, this.transactions);
		locks.holdAsAnotherInstance(ContentLoader.LOCK);
		Future<ContentImport.ImportResult> waiting;
		try {
			waiting = this.instances.submit(() -> newInstance().load(changed));
			assertThatExceptionOfType(TimeoutException.class).as("waits while the other instance loads")
				.isThrownBy(() -> waiting.get(1, TimeUnit.SECONDS));
			// What the other instance does while holding the lock.
			this.contentImport.importBundle(changed);
		}
		finally {
			locks.release(ContentLoader.LOCK);
		}

		ContentImport.ImportResult result = waiting.get(1, TimeUnit.MINUTES);

		assertThat(result.published()).isEmpty();
		assertThat(result.unchanged()).isOne();
		assertThat(versionNumbers(code)).containsExactly(1, 2);
	}

	@Test
	void course_version_published_by_another_instance_is_served_here_at_once() {
		String code = "published-elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
		newInstance().load(bundleWith(course(code, "First text.")));
		long courseId = this.bank.courseId(code).orElseThrow();
		assertThat(this.bank.newestVersion(courseId)).map(BankVersion::versionNumber).hasValue(1);

		// What another instance commits: nothing tells this one.
		this.contentImport.importBundle(bundleWith(course(code, "Changed text.")));

		assertThat(this.bank.newestVersion(courseId)).map(BankVersion::versionNumber).hasValue(2);
	}

	/** A loader as another instance starting on the same database would have. */
	private ContentLoader newInstance() {
		return new ContentLoader(this.contentImport, ContentSource.bundled(), this.lock);
	}

	private List<Integer> versionNumbers(String code) {
		return this.versions.findByCourseOrderByVersionNumberAsc(this.courses.findByCode(code).orElseThrow())
			.stream()
			.map(CourseVersion::getVersionNumber)
			.toList();
	}

	/** The first bundled course under another code, its first lesson's text as given. */
	private static CourseContent course(String code, String firstLesson) {
		CourseContent bundled = BUNDLED.courses().get(0);
		List<LessonContent> lessons = new ArrayList<>(bundled.lessons());
		LessonContent first = lessons.get(0);
		lessons.set(0, new LessonContent(first.id(), first.title(), firstLesson, first.sources()));
		return new CourseContent(code, bundled.title(), bundled.summary(), bundled.audience(), lessons,
				Integer.toHexString(lessons.hashCode()), bundled.quiz(), bundled.scenarios(), 0);
	}

	private static ContentBundle bundleWith(CourseContent course) {
		return new ContentBundle(List.of(course), List.of(), List.of(), List.of(), List.of());
	}

}
