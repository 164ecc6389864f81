package org.servewell.people;

import java.util.List;

import org.servewell.people.domain.Person;
import org.servewell.people.domain.PersonRepository;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks people up for Spring Security's sign-in. Called by the sign-in filter before
 * anyone is authenticated, so it has no role check; it reveals nothing to the caller but
 * what the sign-in form already does.
 */
@Component
class SignInAccounts implements UserDetailsService {

	private final PersonRepository people;

	SignInAccounts(PersonRepository people) {
		this.people = people;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		Person person = this.people.findByEmail(PeopleRules.normalizeEmail(username))
			.filter((found) -> found.getPasswordHash() != null)
			.orElseThrow(() -> new UsernameNotFoundException("No such person"));
		List<SimpleGrantedAuthority> authorities = person.getRoles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role.name()))
			.toList();
		return User.withUsername(person.getEmail())
			.password(person.getPasswordHash())
			.disabled(!person.isEnabled())
			.authorities(authorities)
			.build();
	}

}
