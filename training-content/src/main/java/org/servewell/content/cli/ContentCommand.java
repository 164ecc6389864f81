package org.servewell.content.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.servewell.content.ContentBundle;
import org.servewell.content.ContentException;
import org.servewell.content.ContentProblem;
import org.servewell.content.ContentReader;
import org.servewell.content.ContentSource;

/**
 * The trainers' command line: {@code validate <folder>} and {@code summary <folder>}.
 * README.md beside this module shows how to run it with Maven.
 */
public final class ContentCommand {

	/** The content is valid (validate) or was summarised (summary). */
	static final int OK = 0;

	/** The content has problems; each was printed. */
	static final int PROBLEMS = 1;

	/** The command line was wrong; the usage was printed. */
	static final int BAD_USAGE = 2;

	private static final String USAGE = """
			usage: validate <content-folder>   check every file and list each problem with its file and line
			       summary <content-folder>    count what the folder holds and show where each essay point is taught
			""";

	private ContentCommand() {
	}

	/** Runs one command and exits with its status: 0 fine, 1 problems, 2 bad usage. */
	public static void main(String[] args) {
		int status = run(args, System.out, System.err);
		// Exiting with 0 is left to the JVM, so that under exec:java Maven finishes its
		// run normally.
		if (status != OK) {
			System.exit(status);
		}
	}

	/** Runs one command, printing to the given streams, and returns the exit status. */
	static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 2 || !(args[0].equals("validate") || args[0].equals("summary"))) {
			err.print(USAGE);
			return BAD_USAGE;
		}
		Path folder = Path.of(args[1]);
		if (!Files.isDirectory(folder)) {
			err.println("no such folder: " + folder.toAbsolutePath());
			err.print(USAGE);
			return BAD_USAGE;
		}
		ContentBundle bundle;
		try {
			bundle = ContentReader.read(ContentSource.directory(folder));
		}
		catch (ContentException ex) {
			for (ContentProblem problem : ex.problems()) {
				out.println(problem);
			}
			out.println(ContentSummary.count(ex.problems().size(), "problem") + " in " + folder
					+ "; after fixing, run validate again");
			return PROBLEMS;
		}
		if (args[0].equals("validate")) {
			// Bank health warns unless the folder makes it an error (the bundled content
			// does). Similar scenarios stay warnings: a text measure can be wrong, a
			// trainer judges.
			List<String> bankHealth = new BankHealthReport(bundle).findings();
			bankHealth.forEach(out::println);
			new SimilarScenariosReport(folder, bundle).warnings().forEach(out::println);
			if (bundle.bankHealth() == ContentBundle.CheckLevel.ERROR && !bankHealth.isEmpty()) {
				out.println(ContentSummary.count(bankHealth.size(), "problem") + " in " + folder
						+ "; after fixing, run validate again");
				return PROBLEMS;
			}
			out.println("OK: " + folder + " is valid (" + ContentSummary.count(bundle.courses().size(), "course") + ", "
					+ ContentSummary.count(bundle.traits().size(), "trait") + ", "
					+ ContentSummary.count(bundle.interviewKits().size(), "interview kit") + ")");
		}
		else {
			new ContentSummary(bundle).print(out);
			new BankHealthReport(bundle).printTable(out);
			new SimilarScenariosReport(folder, bundle).printList(out);
		}
		return OK;
	}

}
