package org.servewell.hiring;

/**
 * What a hire created: the employee and the one-time link with which they set their
 * password. The courses added for their weakest traits are learning's to tell
 * ({@code HiringCourseService}), since learning adds them when it hears of the hire.
 *
 * @param personId the new employee's id
 * @param displayName their name
 * @param email their sign-in name
 * @param passwordLinkToken the token of their one-time password link, shown to HR once
 * @param passwordLink the whole link, at the configured public address
 */
public record HireResult(long personId, String displayName, String email, String passwordLinkToken,
		String passwordLink) {

}
