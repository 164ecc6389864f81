package org.servewell.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.servewell.people.DemoAccount;
import org.servewell.people.DemoPeople;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances started together with the demo profile on one empty database each run
 * every demo start-up task (demo people, the Front desk rule, the demo organisation) as
 * the application would, at the same moment: both start, and the demo data is there once.
 * The test's own context runs without the demo profile, so the database holds no demo
 * data until the two instances add it. Subclasses choose the database.
 */
@SpringBootTest
abstract class StartingDemoInstancesTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private final ExecutorService instances = Executors.newFixedThreadPool(2);

	@AfterEach
	void stopInstances() {
		this.instances.shutdownNow();
	}

	@Test
	void two_demo_instances_starting_together_on_an_empty_database_both_start_and_add_the_demo_data_once()
			throws Exception {
		assertThat(count("select count(*) from person where email like '%@" + OrganisationSize.DEMO_DOMAIN + "'"))
			.as("no demo data before the instances start")
			.isZero();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> starts = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			List<ApplicationRunner> instance = demoStartUp();
			starts.add(this.instances.submit(() -> {
				start.await();
				for (ApplicationRunner task : instance) {
					task.run(new DefaultApplicationArguments());
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> started : starts) {
			started.get(4, TimeUnit.MINUTES);
		}

		for (DemoAccount account : DemoPeople.ACCOUNTS) {
			assertThat(count("select count(*) from person where email = ?", account.email())).as(account.email())
				.isOne();
		}
		assertThat(count("select count(*) from assignment_rule")).as("the Front desk rule").isOne();
		long generated = count("select count(*) from person where email like '%@" + OrganisationSize.DEMO_DOMAIN + "'")
				- DemoPeople.ACCOUNTS.size();
		assertThat(generated).as("people of the demo organisation, generated once").isBetween(40L, 54L);
		assertThat(count(
				"select count(*) from course_assignment ca join person p on p.id = ca.person_id" + " where p.email = ?",
				DemoPeople.ACCOUNTS.get(0).email()))
			.as("the demo learner's path, assigned once")
			.isEqualTo(count("select count(distinct course_id) from course_assignment ca join person p"
					+ " on p.id = ca.person_id where p.email = ?", DemoPeople.ACCOUNTS.get(0).email()))
			.isPositive();
	}

	/**
	 * The demo profile's start-up tasks as a new instance has them, each a new object, in
	 * the order the application runs them: every component of the demo profile that runs
	 * at start-up.
	 */
	private List<ApplicationRunner> demoStartUp() throws ClassNotFoundException {
		StandardEnvironment demo = new StandardEnvironment();
		demo.setActiveProfiles(DemoPeople.PROFILE);
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				demo);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Profile.class));
		List<ApplicationRunner> tasks = new ArrayList<>();
		for (var candidate : scanner.findCandidateComponents("org.servewell")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			Profile profile = type.getAnnotation(Profile.class);
			if (ApplicationRunner.class.isAssignableFrom(type)
					&& List.of(profile.value()).contains(DemoPeople.PROFILE)) {
				tasks.add((ApplicationRunner) this.context.getAutowireCapableBeanFactory().createBean(type));
			}
		}
		tasks.sort(AnnotationAwareOrderComparator.INSTANCE);
		assertThat(tasks).extracting((task) -> ClassUtils.getUserClass(task).getSimpleName())
			.containsSubsequence("DemoPeople", "DemoLearning", "DemoOrganisation");
		return tasks;
	}

	private long count(String sql, Object... parameters) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		for (Object parameter : parameters) {
			statement = statement.param(parameter);
		}
		return statement.query(Long.class).single();
	}

}
