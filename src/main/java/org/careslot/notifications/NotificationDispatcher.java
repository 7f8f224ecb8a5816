package org.careslot.notifications;

import static org.careslot.platform.SqlTime.instant;
import static org.careslot.platform.SqlTime.utc;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the queued texts that are due, on every node at once: a claim is one UPDATE … SKIP LOCKED,
 * so with any number of nodes each message is handed to the provider once. A failure waits twice
 * as long each time until {@code maxAttempts}; a message whose outcome is unknown is never sent
 * blindly a second time.
 */
@Component
class NotificationDispatcher {

	private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

	/** A message claimed by a node that stopped before recording the outcome is given up after this. */
	static final Duration STUCK = Duration.ofMinutes(10);

	private final JdbcClient jdbc;
	private final SmsSender sender;
	private final NotificationProperties properties;
	private final Clock clock;

	NotificationDispatcher(JdbcClient jdbc, SmsSender sender, NotificationProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.sender = sender;
		this.properties = properties;
		this.clock = clock;
	}

	/** Sends what is due. Safe to run on every node at once. */
	@Scheduled(fixedDelayString = "${careslot.notifications.poll-interval:5s}", initialDelayString = "${careslot.notifications.poll-interval:5s}")
	public int deliverDue() {
		giveUpStuck();
		List<Claimed> claimed = jdbc.sql("""
				UPDATE notifications SET status = 'SENDING', attempts = attempts + 1, updated_at = :now
				WHERE id IN (SELECT id FROM notifications WHERE status = 'PENDING' AND send_after <= :now
				             ORDER BY send_after LIMIT :batch FOR UPDATE SKIP LOCKED)
				RETURNING id, to_number, message, attempts, outcome_unknown_since
				""")
			.param("now", utc(now()))
			.param("batch", properties.batch())
			.query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getInt(4),
					instant(rs, "outcome_unknown_since")))
			.list();
		for (Claimed message : claimed) {
			send(message);
		}
		return claimed.size();
	}

	/** @param outcomeUnknownSince when an earlier attempt may have reached the provider unanswered */
	private record Claimed(UUID id, String to, String message, int attempts, Instant outcomeUnknownSince) {
	}

	private void send(Claimed message) {
		Instant attemptedAt = now();
		try {
			// after an unanswered attempt, ask the provider first: the text may have gone out already
			Optional<String> earlier = message.outcomeUnknownSince() == null ? Optional.empty()
					: sender.findSent(message.to(), message.message(), message.outcomeUnknownSince());
			String providerId = earlier.isPresent() ? earlier.get() : sender.send(message.to(), message.message());
			jdbc.sql("""
					UPDATE notifications SET status = 'SENT', provider = :provider, provider_id = :pid, sent_at = :now,
					  updated_at = :now, last_error = NULL
					WHERE id = :id AND status = 'SENDING'
					""")
				.param("provider", sender.name())
				.param("pid", providerId)
				.param("now", utc(now()))
				.param("id", message.id())
				.update();
		}
		catch (RuntimeException ex) {
			boolean last = message.attempts() >= properties.maxAttempts();
			Duration wait = properties.backoff().multipliedBy(1L << Math.min(message.attempts() - 1, 16));
			log.warn("Sending notification {} failed (attempt {}): {}", message.id(), message.attempts(), ex.getMessage());
			jdbc.sql("""
					UPDATE notifications SET status = :status, send_after = :after, last_error = :error, updated_at = :now,
					  outcome_unknown_since = coalesce(outcome_unknown_since, :unknownSince)
					WHERE id = :id AND status = 'SENDING'
					""")
				.param("status", last ? "FAILED" : "PENDING")
				.param("after", utc(now().plus(wait)))
				.param("error", String.valueOf(ex.getMessage()))
				.param("now", utc(now()))
				.param("unknownSince", ex instanceof SmsSender.OutcomeUnknown ? utc(attemptedAt) : null, Types.TIMESTAMP_WITH_TIMEZONE)
				.param("id", message.id())
				.update();
		}
	}

	/**
	 * A node stopped between handing a message to the provider and recording it: the message may
	 * have gone out, so it is marked failed rather than sent a second time.
	 */
	private void giveUpStuck() {
		jdbc.sql("""
				UPDATE notifications SET status = 'FAILED', updated_at = :now,
				  last_error = 'Outcome unknown: the sending node stopped; not retried so it is never sent twice'
				WHERE status = 'SENDING' AND updated_at < :stuck
				""")
			.param("now", utc(now()))
			.param("stuck", utc(now().minus(STUCK)))
			.update();
	}

	private Instant now() {
		return clock.instant();
	}
}
