package org.careslot.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param reminders   how long before an appointment reminders go out
 * @param maxAttempts sending attempts before a message is marked failed
 * @param backoff     wait after the first failed attempt; doubles with each further one
 * @param batch       messages one node claims at a time
 */
@ConfigurationProperties("careslot.notifications")
record NotificationProperties(List<Duration> reminders, Integer maxAttempts, Duration backoff, Integer batch) {

	NotificationProperties {
		reminders = reminders == null ? List.of(Duration.ofHours(24), Duration.ofHours(2)) : List.copyOf(reminders);
		maxAttempts = maxAttempts == null ? 5 : maxAttempts;
		backoff = backoff == null ? Duration.ofSeconds(30) : backoff;
		batch = batch == null ? 20 : batch;
	}
}
