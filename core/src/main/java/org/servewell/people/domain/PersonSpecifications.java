package org.servewell.people.domain;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;

import org.servewell.people.Role;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters of a list of people, each a condition the database applies, so that paging
 * and counting happen there.
 */
public final class PersonSpecifications {

	private PersonSpecifications() {
	}

	/** In the department of that name, in any case; everyone when null. */
	public static Specification<Person> inDepartment(String name) {
		return (root, query, cb) -> {
			if (name == null) {
				return null;
			}
			Join<Person, Department> department = root.join("department", JoinType.INNER);
			return cb.equal(cb.lower(department.get("name")), name.strip().toLowerCase(Locale.ROOT));
		};
	}

	/** Enabled or not; everyone when null. */
	public static Specification<Person> enabled(Boolean enabled) {
		return (root, query, cb) -> (enabled == null) ? null : cb.equal(root.get("enabled"), enabled);
	}

	/** Holding the role; everyone when null. */
	public static Specification<Person> holding(Role role) {
		return (root, query, cb) -> (role == null) ? null : cb.isMember(role, root.get("roles"));
	}

	/** With the text in the name or email, in any case; everyone when null or blank. */
	public static Specification<Person> mentioning(String text) {
		return (root, query, cb) -> {
			if (text == null || text.isBlank()) {
				return null;
			}
			String pattern = "%" + text.strip()
				.toLowerCase(Locale.ROOT)
				.replace("\\", "\\\\")
				.replace("%", "\\%")
				.replace("_", "\\_") + "%";
			return cb.or(cb.like(cb.lower(root.get("displayName")), pattern, '\\'),
					cb.like(root.get("email"), pattern, '\\'));
		};
	}

	/** Changed at or after the moment; everyone when null. */
	public static Specification<Person> changedSince(Instant since) {
		return (root, query, cb) -> (since == null) ? null
				: cb.greaterThanOrEqualTo(root.<Instant>get("updatedAt"), since);
	}

}
