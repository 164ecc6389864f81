package org.servewell.web.ui.people;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.PeopleService;
import org.servewell.people.Roles;

/**
 * Administration of people: list and search everyone, add a person, change their roles,
 * department and manager, or disable their account.
 */
@Route("admin/people")
@Menu(title = "People", order = 100, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class PeopleView extends PeopleDirectory {

	PeopleView(PeopleService people) {
		super(people, "people.title", "people.add");
	}

}
