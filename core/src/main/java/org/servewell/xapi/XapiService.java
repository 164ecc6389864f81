package org.servewell.xapi;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;

import org.servewell.audit.AuditTrail;
import org.servewell.people.PeopleService;
import org.servewell.people.Roles;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;
import org.servewell.shared.Said;
import org.servewell.xapi.domain.LrsConnection;
import org.servewell.xapi.domain.LrsConnectionRepository;
import org.servewell.xapi.domain.QueuedStatement;
import org.servewell.xapi.domain.QueuedStatementRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.validation.annotation.Validated;

/**
 * The learning record store for administrators: set it (the password never shown back),
 * send it a test statement, see how many statements wait, went or failed and why, and
 * send the failed ones again. Setting the LRS and sending again are written to the audit
 * trail.
 */
@Service
@Validated
public class XapiService {

	private static final String SUBJECT = "xapi:lrs";

	private final LrsConnectionRepository lrs;

	private final QueuedStatementRepository statements;

	private final XapiStatements xapi;

	private final XapiSender sender;

	private final PeopleService peopleService;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final TransactionTemplate readOnly;

	private final Clock clock;

	XapiService(LrsConnectionRepository lrs, QueuedStatementRepository statements, XapiStatements xapi,
			XapiSender sender, PeopleService peopleService, PeopleDirectory people, AuditTrail audit, JsonMapper json,
			PlatformTransactionManager transactions, Clock clock) {
		this.lrs = lrs;
		this.statements = statements;
		this.xapi = xapi;
		this.sender = sender;
		this.peopleService = peopleService;
		this.people = people;
		this.audit = audit;
		this.json = json;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
		this.clock = clock;
	}

	/** The LRS as set, without its password; empty until an administrator sets one. */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional(readOnly = true)
	public Optional<LrsSettings> settings() {
		return this.lrs.find().map(this::settings);
	}

	/**
	 * Sets the LRS. An empty password keeps the one set; the first time, one is needed.
	 * Statements are written from the next learning on while it is enabled; turning it
	 * off keeps what is queued until it is turned on again.
	 */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public LrsSettings save(@Valid LrsForm form) {
		String endpoint = LrsEndpoints.check(form.endpoint());
		long me = me();
		String password = (form.password() == null || form.password().isEmpty()) ? null : form.password();
		Optional<LrsConnection> existing = this.lrs.find();
		if (existing.isEmpty() && password == null) {
			throw new InvalidLrsException("password", new Said("xapi.password-required"));
		}
		LrsConnection connection = existing.orElse(null);
		if (connection == null) {
			connection = this.lrs.save(new LrsConnection(endpoint, form.username().strip(), password, form.enabled(),
					me, this.clock.instant()));
		}
		else {
			connection.set(endpoint, form.username().strip(), password, form.enabled(), me, this.clock.instant());
		}
		this.audit.record("XAPI_LRS_SET", SUBJECT,
				"Set the learning record store to " + endpoint + " as \"" + connection.getUsername() + "\""
						+ ((password != null) ? " with a new password" : "") + ", "
						+ (form.enabled() ? "sending statements." : "turned off."));
		return settings(connection);
	}

	/**
	 * Sends one test statement ("interacted" with a connection test, the administrator as
	 * actor) to the LRS now, and says how it answered. Not queued and not retried: the
	 * administrator is waiting for the answer. Works while the LRS is turned off, so that
	 * it can be tried before statements flow.
	 */
	@PreAuthorize(Roles.ADMIN_ONLY)
	public LrsTestResult sendTest() {
		Test test = this.readOnly.execute((status) -> {
			LrsConnection connection = this.lrs.find().orElseThrow(LrsNotSetException::new);
			StaffMember admin = this.people.staff(me()).orElseThrow();
			XapiStatements.Statement statement = this.xapi
				.test(new XapiStatements.Actor(admin.displayName(), admin.email()), this.clock.instant());
			return new Test(
					new XapiSender.Lrs(connection.getEndpoint(), connection.getUsername(), connection.getPassword()),
					this.json.writeValueAsString(statement.body()));
		});
		XapiSender.Outcome outcome = this.sender.send(test.lrs(), List.of(test.statement()));
		return new LrsTestResult(outcome.accepted(), outcome.statusCode(), outcome.error());
	}

	/** How many statements wait, went and failed, and the newest failures. */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional(readOnly = true)
	public XapiOverview overview() {
		List<FailedStatement> failures = this.statements
			.findByStatusOrderByCreatedAtDescIdDesc(StatementStatus.FAILED,
					PageRequest.ofSize(XapiLimits.LATEST_FAILURES))
			.stream()
			.map(XapiService::failure)
			.toList();
		return new XapiOverview(this.statements.countByStatus(StatementStatus.PENDING),
				this.statements.countByStatus(StatementStatus.DELIVERED),
				this.statements.countByStatus(StatementStatus.FAILED), failures);
	}

	/**
	 * Starts a new round of attempts, due at once, for every failed statement: same ids,
	 * same statements, so the LRS stores each once.
	 * @return how many were queued again
	 */
	@PreAuthorize(Roles.ADMIN_ONLY)
	@Transactional
	public int sendFailedAgain() {
		int again = this.statements.sendFailedAgain(this.clock.instant());
		if (again > 0) {
			this.audit.record("XAPI_SENT_AGAIN", SUBJECT, "Queued " + again + " failed xAPI statements again.");
		}
		return again;
	}

	private LrsSettings settings(LrsConnection connection) {
		String by = this.people.staff(connection.getUpdatedBy())
			.map(StaffMember::displayName)
			.orElse("person " + connection.getUpdatedBy());
		return new LrsSettings(connection.getEndpoint(), connection.getUsername(),
				connection.getPassword() != null && !connection.getPassword().isEmpty(), connection.isEnabled(), by,
				connection.getUpdatedAt());
	}

	private static FailedStatement failure(QueuedStatement statement) {
		return new FailedStatement(statement.getId(), statement.getStatementId(), statement.getVerb(),
				statement.getAttempts(), statement.getLastStatusCode(), statement.getLastError(),
				statement.getCreatedAt());
	}

	private long me() {
		return this.peopleService.currentPersonId()
			.orElseThrow(() -> new InvalidLrsException("endpoint", new Said("xapi.sign-in")));
	}

	/** A test statement and where it goes, read in a short transaction. */
	private record Test(XapiSender.Lrs lrs, String statement) {
	}

}
