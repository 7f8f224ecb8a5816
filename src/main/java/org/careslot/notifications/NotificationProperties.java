package org.careslot.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reminders   how long before an appointment reminders go out
 * @param maxAttempts sending attempts before a message is marked failed
 * @param backoff     wait after the first failed attempt; doubles with each further one
 * @param batch       messages one node claims at a time
 * @param twilio      the SMS provider; unset = the SMS log only
 * @param dailyBudget texts one account may receive in 24 hours; beyond it they are logged, not sent
 */
@ConfigurationProperties("careslot.notifications")
record NotificationProperties(List<Duration> reminders, Integer maxAttempts, Duration backoff, Integer batch,
		Twilio twilio, Integer dailyBudget) {

	/**
	 * @param apiBase     Twilio's address (a local fake in tests); unset = api.twilio.com
	 * @param readTimeout how long to wait for Twilio's answer; the message is checked for before a retry
	 */
	record Twilio(String accountSid, String authToken, String fromNumber, String apiBase, Duration readTimeout) {

		Twilio {
			readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
		}

		boolean configured() {
			return accountSid != null && !accountSid.isBlank();
		}
	}

	NotificationProperties {
		reminders = reminders == null ? List.of(Duration.ofHours(24), Duration.ofHours(2)) : List.copyOf(reminders);
		maxAttempts = maxAttempts == null ? 5 : maxAttempts;
		backoff = backoff == null ? Duration.ofSeconds(30) : backoff;
		batch = batch == null ? 20 : batch;
		dailyBudget = dailyBudget == null ? 20 : dailyBudget;
		twilio = twilio == null ? new Twilio(null, null, null, null, null) : twilio;
	}
}
