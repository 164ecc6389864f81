package org.servewell.people.importing;

import java.util.List;

import org.servewell.shared.Refusal;
import org.servewell.shared.Said;
import org.servewell.shared.Said;

/**
 * An employee file that cannot be imported as it is; nothing was written. The problems
 * say, by line and column, what to fix.
 */
public class EmployeeImportRefusedException extends Refusal.Invalid {

	private final List<ImportProblem> importProblems;

	EmployeeImportRefusedException(List<ImportProblem> problems) {
		super(new Said("people.import-problems", problems.size()),
				problems.stream().map(ImportProblem::describe).toList());
		this.importProblems = List.copyOf(problems);
	}

	/** The problems by line and column. */
	public List<ImportProblem> importProblems() {
		return this.importProblems;
	}

}
