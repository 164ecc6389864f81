package org.servewell.web.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

import org.servewell.hiring.InterviewService;
import org.servewell.people.PeopleService;
import org.servewell.people.SignedInPerson;
import org.servewell.reminders.NoticeService;
import org.servewell.web.DemoMode;
import org.servewell.web.ui.components.HeadingFocus;
import org.servewell.web.ui.language.Translations;
import org.servewell.web.ui.reminders.NoticeBell;
import org.servewell.web.ui.reminders.ProfileView;

/**
 * The Servewell frame around every signed-in page: navigation showing only what the
 * person's roles allow (the menu lists the views their access annotations let this person
 * open), the bell with their notices, their name (leading to their notification choices),
 * sign-out, and the demo marker.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

	/** Views under this path are grouped under "Administration". */
	static final String ADMIN_PATH = "admin/";

	static final String INTERVIEWS_PATH = "interviews";

	private final Span viewTitle = new Span();

	private final InterviewService interviews;

	private final Div navigation = new Div();

	private final NoticeBell bell;

	private boolean interviewer;

	MainLayout(PeopleService people, InterviewService interviews, NoticeService notices,
			AuthenticationContext authentication, DemoMode demoMode) {
		setPrimarySection(Section.DRAWER);
		addClassName("sw-layout");

		Span brand = new Span(getTranslation("app.name"));
		brand.addClassName("sw-brand");
		this.interviews = interviews;
		this.interviewer = interviews.hasInterviews();
		this.navigation.add(navigation(this.interviewer));
		Div drawer = new Div(brand, this.navigation);
		drawer.addClassName("sw-drawer");
		addToDrawer(new Scroller(drawer));

		DrawerToggle toggle = new DrawerToggle();
		toggle.setAriaLabel(getTranslation("layout.toggle"));
		this.viewTitle.addClassName("sw-view-title");
		Header header = new Header(toggle, this.viewTitle);
		header.addClassName("sw-header");
		if (demoMode.isActive()) {
			Span demo = new Span(getTranslation("layout.demo"));
			demo.addClassName("sw-demo-badge");
			demo.getElement().setAttribute("title", getTranslation("layout.demo.title"));
			header.add(demo);
		}
		String name = people.currentPerson()
			.map(SignedInPerson::displayName)
			.orElse(authentication.getPrincipalName().orElse(""));
		this.bell = new NoticeBell(notices);
		Span userName = new Span(name);
		userName.addClassName("sw-user-name");
		RouterLink user = new RouterLink(ProfileView.class);
		user.add(new Icon(VaadinIcon.USER), userName);
		user.addClassName("sw-user");
		user.getElement().setAttribute("title", getTranslation("layout.user.title"));
		user.getElement().setAttribute("aria-label", getTranslation("layout.user.label", name));
		Button signOut = new Button(getTranslation("layout.signout"), (click) -> authentication.logout());
		signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		header.add(this.bell, user, signOut);
		addToNavbar(header);
		keyboardScrollableContent();
	}

	/**
	 * The page scrolls inside the layout's content area. Like Vaadin's own Scroller, that
	 * area takes keyboard focus, so a page with nothing else to focus (the catalogue's
	 * cards) can still be scrolled with the arrow keys (axe-core:
	 * {@code scrollable-region-focusable}).
	 */
	private void keyboardScrollableContent() {
		getElement().executeJs("""
				customElements.whenDefined('vaadin-app-layout')
				  .then(() => this.updateComplete)
				  .then(() => this.shadowRoot.querySelector('[part~="content"]').setAttribute('tabindex', '0'));""");
	}

	/**
	 * The menu. "My interviews" shows only to people who have interviews: any staff
	 * member can be an interviewer, but most never are. Each entry's title is translated
	 * under its path ({@link Translations#menuKey}).
	 */
	private Component[] navigation(boolean interviewer) {
		List<MenuEntry> entries = MenuConfiguration.getMenuEntries()
			.stream()
			.filter((entry) -> interviewer || !stripSlash(entry.path()).equals(INTERVIEWS_PATH))
			.toList();
		SideNav main = new SideNav();
		main.setLabel(getTranslation("layout.nav.main"));
		main.addClassName("sw-nav");
		SideNav admin = new SideNav();
		admin.setLabel(getTranslation("layout.nav.admin"));
		admin.addClassName("sw-nav");
		for (MenuEntry entry : entries) {
			SideNavItem item = new SideNavItem(getTranslation(Translations.menuKey(entry.path())), entry.path());
			if (entry.icon() != null && !entry.icon().isBlank()) {
				item.setPrefixComponent(new Icon(entry.icon()));
			}
			(stripSlash(entry.path()).startsWith(ADMIN_PATH) ? admin : main).addItem(item);
		}
		return admin.getItems().isEmpty() ? new Component[] { main } : new Component[] { main, admin };
	}

	private static String stripSlash(String path) {
		return path.startsWith("/") ? path.substring(1) : path;
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		// HR may assign someone an interview while they are signed in: their next step
		// shows it.
		boolean nowInterviewer = this.interviews.hasInterviews();
		if (nowInterviewer != this.interviewer) {
			this.interviewer = nowInterviewer;
			this.navigation.removeAll();
			this.navigation.add(navigation(nowInterviewer));
		}
		this.viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
		this.bell.refresh();
		HeadingFocus.focusPageHeading(getElement());
	}

}
