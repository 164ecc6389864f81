package org.servewell.web.ui.people;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.servewell.people.PeopleService;
import org.servewell.people.Roles;

/**
 * HR's list of employees: add a new hire with their department, job role, start date and
 * manager, or update them. HR gives staff roles only; administrators and HR staff are
 * changed by an administrator.
 */
@Route("employees")
@Menu(title = "Employees", order = 40, icon = "vaadin:user-card")
@RolesAllowed(Roles.HR)
public class EmployeesView extends PeopleDirectory {

	EmployeesView(PeopleService people) {
		super(people, "people.employees.title", "people.employees.add");
	}

}
