package org.servewell.learning;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.servewell.catalog.bank.BankPath;
import org.servewell.catalog.bank.CourseBank;
import org.servewell.learning.domain.AssignmentRule;
import org.servewell.learning.domain.AssignmentRuleRepository;
import org.servewell.people.DemoPeople;
import org.servewell.people.Role;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;
import org.servewell.shared.InstanceLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo, a rule gives the Front desk department the front-line onboarding path,
 * applied through the same code path as any rule, so the demo learner finds their path in
 * "My learning". Several instances starting together on one database check and add the
 * rule one at a time (lock {@value #LOCK}): one adds it, the others find it.
 */
@Component
@Profile(DemoPeople.PROFILE)
@Order(30)
class DemoLearning implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoLearning.class);

	/** The name of the lock that one instance at a time checks and adds under. */
	static final String LOCK = "demo-learning";

	private final AssignmentRuleRepository rules;

	private final AssignmentService assignments;

	private final CourseBank bank;

	private final PeopleDirectory directory;

	private final InstanceLock lock;

	DemoLearning(AssignmentRuleRepository rules, AssignmentService assignments, CourseBank bank,
			PeopleDirectory directory, InstanceLock lock) {
		this.rules = rules;
		this.assignments = assignments;
		this.bank = bank;
		this.directory = directory;
		this.lock = lock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.lock.runAloneInTransaction(LOCK, this::addFrontDeskRule);
	}

	/** The check and the rule, in the caller's transaction. */
	private void addFrontDeskRule() {
		if (this.rules.count() > 0) {
			return;
		}
		List<BankPath> paths = this.bank.paths();
		BankPath frontLine = paths.stream()
			.filter((path) -> path.code().equals("front-line-onboarding"))
			.findFirst()
			.orElse(null);
		Long frontDesk = this.directory.departmentId("Front desk").orElse(null);
		StaffMember admin = this.directory.staffByEmail(DemoPeople.accountWith(Role.ADMIN).email()).orElse(null);
		if (frontLine == null || frontDesk == null || admin == null) {
			return;
		}
		this.rules.save(new AssignmentRule(frontDesk, null, frontLine.id(), null, 0, admin.id()));
		this.assignments.applyAllRules();
		log.info("Demo data: Front desk is assigned the path '{}'", frontLine.title());
	}

}
