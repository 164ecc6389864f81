package org.servewell.web.ui.reminders;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.RouterLink;

import org.servewell.reminders.Notice;
import org.servewell.reminders.NoticeService;
import org.servewell.web.ui.components.Formats;

/**
 * The bell in the header: how many of the signed-in person's notices are unread, and on
 * click their latest notices, each linking to the page to act on. Following one marks it
 * read; "Mark all read" marks them all.
 */
public class NoticeBell extends Div {

	/** How many of the latest notices the list shows. */
	static final int SHOWN = 20;

	private final NoticeService notices;

	final Button bell = new Button(new Icon(VaadinIcon.BELL));

	final Span count = new Span();

	final Popover popover = new Popover();

	final Div list = new Div();

	final Button markAllRead = new Button(getTranslation("bell.mark-all-read"));

	public NoticeBell(NoticeService notices) {
		this.notices = notices;
		addClassName("sw-bell");
		this.bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		this.count.addClassName("sw-bell-count");
		// The button's name says the count; the badge is only the picture of it.
		this.count.getElement().setAttribute("aria-hidden", "true");

		this.popover.setTarget(this.bell);
		this.popover.setPosition(PopoverPosition.BOTTOM_END);
		this.popover.setAriaLabel(getTranslation("bell.title"));
		this.popover.setOpenOnClick(true);
		this.popover.setOpenOnHover(false);
		this.popover.setOpenOnFocus(false);
		this.popover.addClassName("sw-bell-popover");
		this.popover.setWidth("min(24rem, calc(100vw - 1rem))");
		this.popover.addOpenedChangeListener((change) -> {
			if (change.isOpened()) {
				fillOnFirstOpen();
				showList();
			}
		});
		add(this.bell, this.count, this.popover);
		refresh();
	}

	/**
	 * Makes the popover's content when it first opens: most pages are never looked at
	 * with the list open, and every component kept in a person's session costs memory
	 * (bench/README.md, "Learners through the real UI").
	 */
	private void fillOnFirstOpen() {
		if (this.popover.getChildren().findAny().isPresent()) {
			return;
		}
		// Not a heading element: the popover is named "Notifications", and pages find
		// their own headings.
		Span title = new Span(getTranslation("bell.title"));
		title.addClassName("sw-bell-title");
		this.markAllRead.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
		this.markAllRead.addClickListener((click) -> {
			this.notices.markAllRead();
			refresh();
		});
		Div top = new Div(title, this.markAllRead);
		top.addClassName("sw-bell-top");
		this.list.addClassName("sw-bell-list");
		this.list.getElement().setAttribute("role", "list");
		RouterLink choices = new RouterLink(getTranslation("bell.choices"), ProfileView.class);
		choices.addClassName("sw-bell-choices");
		choices.getElement().addEventListener("click", (click) -> this.popover.close());
		this.popover.add(top, this.list, choices);
	}

	/** Reads the unread count again, and the list if it is open. */
	public void refresh() {
		long unread = this.notices.unreadCount();
		this.count.setText(Formats.count(unread, getLocale()));
		this.count.setVisible(unread > 0);
		this.bell.setAriaLabel((unread == 0) ? getTranslation("bell.none-unread")
				: getTranslation("bell.unread", Formats.count(unread, getLocale())));
		this.markAllRead.setEnabled(unread > 0);
		if (this.popover.isOpened()) {
			showList();
		}
	}

	/** Fills the list with the latest notices. */
	void showList() {
		List<Notice> latest = this.notices.mine(SHOWN);
		this.list.removeAll();
		if (latest.isEmpty()) {
			this.list.add(new Paragraph(getTranslation("bell.empty")));
			return;
		}
		latest.forEach((notice) -> this.list.add(item(notice)));
	}

	private Div item(Notice notice) {
		Span text = new Span(NoticeText.sentence(notice, this));
		text.addClassName("sw-bell-text");
		Span when = new Span(Formats.when(notice.createdAt(), getLocale()));
		when.addClassName("sw-bell-when");
		Div item = new Div();
		item.getElement().setAttribute("role", "listitem");
		item.addClassName("sw-bell-item");
		if (!notice.read()) {
			item.addClassName("sw-bell-unread");
			Span unread = new Span(getTranslation("bell.new"));
			unread.addClassName("sw-bell-new");
			text.addComponentAsFirst(unread);
		}
		if (notice.link() == null) {
			item.add(text, when);
			return item;
		}
		Anchor link = new Anchor(notice.link().substring(1), text, when);
		link.getElement().setAttribute("router-link", true);
		link.getElement().addEventListener("click", (click) -> follow(notice));
		item.add(link);
		return item;
	}

	/** The person follows a notice's link: it is read, the list closes. */
	void follow(Notice notice) {
		if (!notice.read()) {
			this.notices.markRead(notice.id());
		}
		this.popover.close();
		refresh();
	}

}
