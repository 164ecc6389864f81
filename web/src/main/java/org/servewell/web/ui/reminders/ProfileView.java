package org.servewell.web.ui.reminders;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.servewell.people.LanguagePreference;
import org.servewell.people.PeopleService;
import org.servewell.people.Role;
import org.servewell.people.SignedInPerson;
import org.servewell.reminders.ReminderChoices;
import org.servewell.reminders.ReminderPreferences;
import org.servewell.web.ui.components.FormBinder;
import org.servewell.web.ui.components.Notices;
import org.servewell.web.ui.language.LanguageChoice;

/**
 * The signed-in person's notification choices, which reminders Servewell mails them, and
 * the language of their screens ({@link LanguageChoice}). An overdue reminder that
 * administrators made mandatory shows checked and cannot be turned off; the team digest
 * shows to managers only. Every reminder shows under the header's bell whatever is chosen
 * here.
 */
@Route("profile")
@PermitAll
public class ProfileView extends Main implements HasDynamicTitle {

	final Checkbox dueSoon = new Checkbox(getTranslation("profile.due-soon"));

	final Checkbox dueToday = new Checkbox(getTranslation("profile.due-today"));

	final Checkbox overdue = new Checkbox(getTranslation("profile.overdue"));

	final Checkbox teamDigest = new Checkbox(getTranslation("profile.team-digest"));

	final Checkbox interviewAssigned = new Checkbox(getTranslation("profile.interview"));

	/**
	 * Shown under the overdue choice while it cannot be changed: why it cannot.
	 */
	final Paragraph mandatory = new Paragraph(getTranslation("profile.mandatory"));

	final Button save = new Button(getTranslation("profile.save"));

	final BeanValidationBinder<ReminderChoices> binder = FormBinder.forRecord(ReminderChoices.class);

	ProfileView(ReminderPreferences preferences, PeopleService people, LanguagePreference languages) {
		addClassName("sw-page");
		SignedInPerson me = people.currentPerson().orElse(null);
		add(new H2(getTranslation("profile.title")));
		if (me != null) {
			add(new Paragraph(getTranslation("profile.signed-in-as", me.displayName(), me.email())));
		}
		add(new Paragraph(getTranslation("profile.intro")));
		if (!preferences.mailing()) {
			add(new Paragraph(getTranslation("profile.no-mail")));
		}
		this.binder.forField(this.dueSoon).bind("dueSoon");
		this.binder.forField(this.dueToday).bind("dueToday");
		this.binder.forField(this.overdue).bind("overdue");
		this.binder.forField(this.teamDigest).bind("teamDigest");
		this.binder.forField(this.interviewAssigned).bind("interviewAssigned");
		this.binder.readRecord(preferences.mine());
		if (preferences.overdueMandatory()) {
			this.overdue.setValue(true);
			this.overdue.setEnabled(false);
		}
		// A paragraph rather than the checkbox's helper text, which dims with the
		// disabled checkbox.
		this.mandatory.setVisible(!this.overdue.isEnabled());
		this.mandatory.addClassName("sw-choice-note");
		this.teamDigest.setVisible(me != null && me.hasRole(Role.MANAGER));

		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener((click) -> {
			try {
				preferences.saveMine(this.binder.writeRecord());
				Notices.done(getTranslation("profile.saved"));
			}
			catch (ValidationException ex) {
				Notices.refused(getTranslation("profile.check"));
			}
		});
		Div choices = new Div(this.dueSoon, this.dueToday, this.overdue, this.mandatory, this.teamDigest,
				this.interviewAssigned);
		choices.addClassName("sw-choices");
		choices.getElement().setAttribute("role", "group");
		choices.getElement().setAttribute("aria-label", getTranslation("profile.mail-me"));
		add(new H3(getTranslation("profile.mail-me")), choices, this.save, new LanguageChoice(languages));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("profile.title");
	}

}
