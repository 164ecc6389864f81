package org.servewell.web.ui.components;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Slow reads done off the request thread, so that a screen answers with what is quick and
 * fills in the rest when it is ready (the completion matrix's totals over 100,000
 * people). The work runs on a virtual thread as the signed-in person (their security
 * context goes with it); the result reaches the screen through {@link UI#access}, while
 * the screen polls for it (the application does not use server push). With
 * {@code servewell.ui.background=false} the work runs at once on the caller's thread, as
 * browserless view tests need.
 */
@Component
public class Background {

	static final int POLL_MILLIS = 300;

	private static final String LOADING = Background.class.getName() + ".loading";

	private final boolean inline;

	Background(@Value("${servewell.ui.background:true}") boolean background) {
		this.inline = !background;
	}

	/**
	 * Does {@code work}, then hands its result to {@code done} or its failure to
	 * {@code failed}, both with the UI locked.
	 */
	public <T> void load(UI ui, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
		if (this.inline) {
			finish(work, done, failed).run();
			return;
		}
		waiting(ui, 1);
		// The security context is taken when the work is handed over, through the
		// strategy
		// in use then (Vaadin installs its own after this bean is made).
		Thread.ofVirtual().name("servewell-background").start(new DelegatingSecurityContextRunnable(() -> {
			Runnable finish = finish(work, done, failed);
			try {
				ui.access(() -> {
					waiting(ui, -1);
					finish.run();
				});
			}
			catch (UIDetachedException ex) {
				// The person left the screen: no one is waiting for the result.
			}
		}));
	}

	/**
	 * Does the work now and returns what to do with its outcome once the UI is locked.
	 */
	private static <T> Runnable finish(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
		try {
			T result = work.get();
			return () -> done.accept(result);
		}
		catch (RuntimeException ex) {
			return () -> failed.accept(ex);
		}
	}

	/** Polls while anything is loading for the UI, and stops when nothing is. */
	private static void waiting(UI ui, int change) {
		Integer before = (Integer) ComponentUtil.getData(ui, LOADING);
		int now = Math.max(0, ((before != null) ? before : 0) + change);
		ComponentUtil.setData(ui, LOADING, now);
		ui.setPollInterval((now > 0) ? POLL_MILLIS : -1);
	}

}
