package org.servewell.reminders;

/**
 * A mail ready to send: plain text, with the same words as HTML.
 *
 * @param to the recipient's address
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part
 */
record ReminderMail(String to, String subject, String text, String html) {

}
