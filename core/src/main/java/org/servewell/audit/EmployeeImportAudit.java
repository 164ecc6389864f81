package org.servewell.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.servewell.people.importing.EmployeesImported;
import org.servewell.people.importing.ImportPreview;
import org.servewell.people.importing.PersonChange;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records an employee import in the import's own transaction: one entry for the file,
 * with the counts, and one for each person it created, changed or deactivated, with what
 * changed. The people feature cannot call the trail itself, as the trail depends on it.
 * The actor is looked up once for the whole file, and the people's entries are written in
 * batches.
 */
@Component
class EmployeeImportAudit {

	private final AuditTrail audit;

	EmployeeImportAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	void on(EmployeesImported event) {
		ImportPreview result = event.result();
		String actor = this.audit.actor();
		this.audit.record(actor, "EMPLOYEES_IMPORTED", "file " + result.fileName(),
				"Imported " + result.rows() + " rows: " + result.created() + " created, " + result.changed()
						+ " changed, " + result.deactivated() + " deactivated, " + result.unchanged() + " left alone"
						+ ((result.deactivatedNotInFile() > 0)
								? "; " + result.deactivatedNotInFile() + " not in the file deactivated" : "")
						+ (result.newDepartments().isEmpty() ? "."
								: "; new departments: " + String.join(", ", result.newDepartments()) + "."));
		List<AuditTrail.Entry> entries = new ArrayList<>(event.changes().size());
		for (PersonChange change : event.changes()) {
			entries.add(new AuditTrail.Entry("PERSON_" + change.kind().name(), "person " + change.email(),
					"From " + result.fileName() + ((change.line() > 0) ? ", line " + change.line() : "") + ": "
							+ change.changes().stream().collect(Collectors.joining("; ")) + "."));
		}
		this.audit.recordAll(actor, entries);
	}

}
