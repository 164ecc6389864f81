package org.servewell.xapi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.servewell.learning.CompletionWithdrawn;
import org.servewell.learning.CourseCompleted;
import org.servewell.learning.LessonMarkedRead;
import org.servewell.learning.QuizAttemptStarted;
import org.servewell.learning.QuizAttemptSubmitted;
import org.servewell.people.directory.PeopleDirectory;
import org.servewell.people.directory.StaffMember;
import org.servewell.xapi.domain.LrsConnectionRepository;
import org.servewell.xapi.domain.QueuedStatement;
import org.servewell.xapi.domain.QueuedStatementRepository;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes learning events to the outbox as xAPI statements, inside the transaction that
 * caused them (docs/decisions/0004): a lesson read, attempt or completion that rolls back
 * leaves no statement, and one that commits leaves its statements for the delivery job.
 * Writes nothing while no LRS is set or it is turned off, so that the outbox never grows
 * for nobody. Nothing here talks to the network.
 * <p>
 * A statement whose id is queued already is not written again: the ids come from what
 * happened, so a second sight of one event changes nothing, and the learner's transaction
 * never fails on the outbox's unique statement id.
 */
@Component
class XapiOutbox {

	private final LrsConnectionRepository lrs;

	private final QueuedStatementRepository statements;

	private final PeopleDirectory people;

	private final XapiStatements xapi;

	private final JsonMapper json;

	private final Clock clock;

	XapiOutbox(LrsConnectionRepository lrs, QueuedStatementRepository statements, PeopleDirectory people,
			XapiStatements xapi, JsonMapper json, Clock clock) {
		this.lrs = lrs;
		this.statements = statements;
		this.people = people;
		this.xapi = xapi;
		this.json = json;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(LessonMarkedRead read) {
		write(read.personId(), (actor) -> List.of(this.xapi.lessonRead(actor, read)));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(QuizAttemptStarted started) {
		write(started.personId(), (actor) -> List.of(this.xapi.attempted(actor, started)));
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(QuizAttemptSubmitted submitted) {
		write(submitted.personId(), (actor) -> {
			List<XapiStatements.Statement> all = new ArrayList<>(this.xapi.answered(actor, submitted));
			all.add(this.xapi.quizResult(actor, submitted));
			return all;
		});
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CourseCompleted completed) {
		write(completed.personId(),
				(actor) -> List.of(this.xapi.completed(actor, completed), this.xapi.earned(actor, completed)));
	}

	/**
	 * Voids the "completed" and "earned" statements of a withdrawn completion, those the
	 * outbox still holds: a statement it never queued (no LRS then) is not the LRS's to
	 * void, and one it forgot (delivered more than {@code keep-delivered} ago) is left as
	 * it stands.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	void on(CompletionWithdrawn withdrawn) {
		if (this.lrs.findEnabled().isEmpty()) {
			return;
		}
		List<String> sent = this.statements.findQueued(
				this.xapi.completionStatementIds(withdrawn.completionId()).stream().map(UUID::toString).toList());
		save(sent.stream().map((id) -> this.xapi.voided(UUID.fromString(id), withdrawn.at())).toList());
	}

	private void write(long personId, Function<XapiStatements.Actor, List<XapiStatements.Statement>> statementsOf) {
		if (this.lrs.findEnabled().isEmpty()) {
			return;
		}
		Optional<XapiStatements.Actor> actor = actor(personId);
		if (actor.isEmpty()) {
			// Nobody to name: an xAPI actor needs an identifier, and Servewell's is the
			// email.
			return;
		}
		save(statementsOf.apply(actor.get()));
	}

	/** Queues the statements whose ids are not queued already. */
	private void save(List<XapiStatements.Statement> all) {
		if (all.isEmpty()) {
			return;
		}
		Set<String> queued = new HashSet<>(
				this.statements.findQueued(all.stream().map((statement) -> statement.id().toString()).toList()));
		for (XapiStatements.Statement statement : all) {
			if (queued.add(statement.id().toString())) {
				this.statements.save(new QueuedStatement(statement.id(), statement.verb(),
						this.json.writeValueAsString(statement.body()), this.clock.instant()));
			}
		}
	}

	private Optional<XapiStatements.Actor> actor(long personId) {
		return this.people.staff(personId)
			.filter((person) -> person.email() != null && !person.email().isBlank())
			.map((StaffMember person) -> new XapiStatements.Actor(person.displayName(), person.email()));
	}

}
