package org.careslot.notifications;

/** Sends one text message; returns the provider's id for it. */
interface SmsSender {

	/** "log" (no provider: the SMS log is the only output) or "twilio". */
	String name();

	String send(String to, String body);
}
