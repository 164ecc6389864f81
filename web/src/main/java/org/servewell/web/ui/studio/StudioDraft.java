package org.servewell.web.ui.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.servewell.authoring.AuthoringNotFoundException;
import org.servewell.authoring.DraftService;
import org.servewell.authoring.DraftView;
import org.servewell.authoring.PublishingService;
import org.servewell.catalog.VersionSummary;
import org.servewell.shared.Refusal;
import org.servewell.web.ui.components.Notices;

/**
 * One course as the studio's screen holds it: its draft (null when it has none) and its
 * published versions. The screen's parts listen and show each change; a save changes only
 * the draft, so that the versions are read again only when they can have changed (on
 * opening, publishing, retiring, discarding, or after a refusal).
 */
final class StudioDraft {

	private String code;

	private final DraftService drafts;

	private final PublishingService publishing;

	private final List<Consumer<StudioDraft>> listeners = new ArrayList<>();

	private DraftView draft;

	private List<VersionSummary> published = List.of();

	private boolean started;

	StudioDraft(DraftService drafts, PublishingService publishing) {
		this.drafts = drafts;
		this.publishing = publishing;
	}

	String code() {
		return this.code;
	}

	/** The draft as last read or saved, or null when the course has none. */
	DraftView draft() {
		return this.draft;
	}

	/** The published versions, oldest first. */
	List<VersionSummary> published() {
		return this.published;
	}

	/** Whether the last change started the draft (there was none before it). */
	boolean justStarted() {
		return this.started;
	}

	/** The version a draft's figures come from: the one it copies, else the newest. */
	Integer analysedVersion() {
		if (this.draft != null && this.draft.basedOnVersion() != null) {
			return this.draft.basedOnVersion();
		}
		return this.published.isEmpty() ? null : this.published.getLast().number();
	}

	void onChange(Consumer<StudioDraft> listener) {
		this.listeners.add(listener);
	}

	/** Shows the course: its draft, if any, and its versions. */
	void open(String courseCode) {
		this.code = courseCode;
		this.draft = null;
		reload();
	}

	/** Reads the draft (if any) and the versions again and shows them. */
	void reload() {
		this.published = this.publishing.versions(this.code);
		DraftView read;
		try {
			read = this.drafts.draft(this.code);
		}
		catch (AuthoringNotFoundException ex) {
			read = null;
		}
		show(read);
	}

	/**
	 * Runs a change to the draft and shows the result; a refusal (a stale save, a removed
	 * part, a rule) is shown and the course reloaded as it is now.
	 * @return the draft as changed, or null when the change was refused
	 */
	DraftView change(Supplier<DraftView> action, String done) {
		try {
			DraftView changed = action.get();
			show(changed);
			if (done != null) {
				Notices.done(done);
			}
			return changed;
		}
		catch (Refusal ex) {
			Notices.refused(ex);
			reload();
			return null;
		}
	}

	private void show(DraftView shown) {
		this.started = this.draft == null && shown != null;
		this.draft = shown;
		this.listeners.forEach((listener) -> listener.accept(this));
	}

}
