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
import com.vaadin.flow.router.PageTitle;
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
@PageTitle("My notifications")
@PermitAll
public class ProfileView extends Main {

	/** Why the overdue choice cannot be changed. */
	static final String MANDATORY = "Administrators made overdue reminders mandatory: you get them whatever you "
			+ "choose here.";

	final Checkbox dueSoon = new Checkbox("A course of mine is due soon");

	final Checkbox dueToday = new Checkbox("A course of mine is due today");

	final Checkbox overdue = new Checkbox("A course of mine is overdue (weekly, a few times)");

	final Checkbox teamDigest = new Checkbox("Weekly list of my team's overdue training");

	final Checkbox interviewAssigned = new Checkbox("HR asks me to interview a candidate");

	/** Shown under the overdue choice while it cannot be changed. */
	final Paragraph mandatory = new Paragraph(MANDATORY);

	final Button save = new Button("Save choices");

	final BeanValidationBinder<ReminderChoices> binder = FormBinder.forRecord(ReminderChoices.class);

	ProfileView(ReminderPreferences preferences, PeopleService people, LanguagePreference languages) {
		addClassName("sw-page");
		SignedInPerson me = people.currentPerson().orElse(null);
		add(new H2("My notifications"));
		if (me != null) {
			add(new Paragraph("Signed in as " + me.displayName() + " (" + me.email() + ")."));
		}
		add(new Paragraph("Choose which reminders Servewell sends you by mail. Every reminder also shows under the "
				+ "bell at the top of the page, whatever you choose."));
		if (!preferences.mailing()) {
			add(new Paragraph("Servewell sends no mail at the moment (no mail server is configured); your choices "
					+ "apply once it does."));
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
				Notices.done("Your notification choices are saved.");
			}
			catch (ValidationException ex) {
				Notices.refused("Check your choices and save again.");
			}
		});
		Div choices = new Div(this.dueSoon, this.dueToday, this.overdue, this.mandatory, this.teamDigest,
				this.interviewAssigned);
		choices.addClassName("sw-choices");
		choices.getElement().setAttribute("role", "group");
		choices.getElement().setAttribute("aria-label", "Mail me when");
		add(new H3("Mail me when"), choices, this.save, new LanguageChoice(languages));
	}

}
