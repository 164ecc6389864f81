package org.servewell.reminders;

/**
 * Where a notification stands.
 */
public enum NotificationStatus {

	/**
	 * Recorded and being sent. One left this way was cut off mid-send (the instance
	 * stopped): it is not sent again, as the mail may have gone.
	 */
	PENDING,

	/**
	 * Recorded with the change it is about (an interviewer's assignment); its mail goes
	 * out on the next run of the job that sends such mails.
	 */
	QUEUED,

	/**
	 * Shown in the app only: the person turned this kind of mail off, or no mail server
	 * is configured. The reason is kept as the last error.
	 */
	NOT_MAILED,

	/** The SMTP server accepted the mail. */
	SENT,

	/** The SMTP server refused or did not answer; a later run tries again. */
	FAILED,

	/**
	 * Not sent after all: by the time of a retry the course was complete, the assignment
	 * gone or the person disabled.
	 */
	SKIPPED

}
