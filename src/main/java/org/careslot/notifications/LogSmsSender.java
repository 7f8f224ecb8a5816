package org.careslot.notifications;

import java.util.UUID;

/** The offline provider: nothing leaves the building, the SMS log shows what would have been sent. */
final class LogSmsSender implements SmsSender {

	@Override
	public String name() {
		return "log";
	}

	@Override
	public String send(String to, String body) {
		return "log-" + UUID.randomUUID();
	}
}
