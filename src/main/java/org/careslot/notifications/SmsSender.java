package org.careslot.notifications;

import java.time.Instant;
import java.util.Optional;

/** Sends one text message; returns the provider's id for it. */
interface SmsSender {

	/** "log" (no provider: the SMS log is the only output) or "twilio". */
	String name();

	/**
	 * @throws OutcomeUnknown when the request may have reached the provider but no answer came
	 *                        back (a timeout): the message may have gone out
	 */
	String send(String to, String body);

	/** The provider's id of this very text to this number, sent since then, if the provider has one. */
	default Optional<String> findSent(String to, String body, Instant since) {
		return Optional.empty();
	}

	/** The provider may or may not have taken the message. */
	final class OutcomeUnknown extends RuntimeException {

		OutcomeUnknown(String message, Throwable cause) {
			super(message, cause);
		}
	}
}
