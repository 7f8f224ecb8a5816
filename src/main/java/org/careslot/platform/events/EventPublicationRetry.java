package org.careslot.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Tries failed event publications again while the application runs, so a refund refused during
 * a Stripe outage is paid back once Stripe answers, without waiting for a restart.
 * <p>
 * Every {@code careslot.events.retry-interval} one node — the one that takes the cluster lease —
 * hands the publications in status {@code FAILED} that are due back to their listeners through
 * Spring Modulith's {@link IncompleteEventPublications#resubmitIncompletePublications(java.util.function.Predicate)}.
 * Each publication waits
 * {@code first-retry-after}, doubled with every failed attempt ({@code completion_attempts}) and
 * capped at {@code max-retry-delay}, after it was last dispatched, so a long outage is not
 * hammered. Modulith marks a publication {@code RESUBMITTED} with a guarded update before its
 * listener runs, and the listener's failure marks it {@code FAILED} again: a publication is never
 * in two nodes' hands at once.
 * <p>
 * Publications left {@code PUBLISHED}, {@code PROCESSING} or {@code RESUBMITTED} by a node that
 * died are marked failed once {@code stale-after} has passed since their dispatch, and then take
 * their turn. This replaces {@code republish-outstanding-events-on-restart}, which on several nodes
 * would run again what another node is still running.
 */
@Component
public class EventPublicationRetry implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationRetry.class);
	static final String LEASE = "event-publication-retry";
	/** Far longer than a round takes (it only dispatches); a node that dies holding it delays retries by this much. */
	private static final Duration LEASE_LENGTH = Duration.ofMinutes(5);

	private final IncompleteEventPublications publications;
	private final ClusterLease lease;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final EventRetryProperties properties;

	EventPublicationRetry(IncompleteEventPublications publications, ClusterLease lease, JdbcClient jdbc, Clock clock,
			EventRetryProperties properties) {
		this.publications = publications;
		this.lease = lease;
		this.jdbc = jdbc;
		this.clock = clock;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::retryDueQuietly, properties.retryInterval(),
				properties.retryInterval()));
	}

	/**
	 * One round, if no other node is running one: marks lost publications failed and resubmits
	 * those whose wait is over.
	 *
	 * @return how many publications were handed back to their listeners (0 without the lease)
	 */
	public int retryDue() {
		if (!lease.tryAcquire(LEASE, LEASE_LENGTH)) {
			return 0;
		}
		try {
			Instant now = clock.instant();
			int stale = failStale(now);
			if (stale > 0) {
				log.warn("{} event publication(s) dispatched before {} never finished (their node stopped?); retrying them",
						stale, now.minus(properties.staleAfter()));
			}
			AtomicInteger resubmitted = new AtomicInteger();
			// all incomplete ones are read, so failures that never heal cannot crowd out the rest
			// (ResubmissionOptions reads the oldest batch first and filters after)
			publications.resubmitIncompletePublications(publication -> {
				if (publication.getStatus() != EventPublication.Status.FAILED || resubmitted.get() >= properties.batchSize()
						|| !isDue(publication, now, properties.firstRetryAfter(), properties.maxRetryDelay())) {
					return false;
				}
				resubmitted.incrementAndGet();
				return true;
			});
			if (resubmitted.get() > 0) {
				log.info("Resubmitted {} failed event publication(s)", resubmitted.get());
			}
			return resubmitted.get();
		}
		finally {
			lease.release(LEASE);
		}
	}

	private void retryDueQuietly() {
		try {
			retryDue();
		}
		catch (RuntimeException ex) { // the next round tries again
			log.warn("Retrying failed event publications did not work this time", ex);
		}
	}

	private int failStale(Instant now) {
		return jdbc.sql("""
				UPDATE event_publication SET status = 'FAILED'
				WHERE completion_date IS NULL AND status IN ('PUBLISHED', 'PROCESSING', 'RESUBMITTED')
				  AND coalesce(last_resubmission_date, publication_date) < :before
				""")
			.param("before", now.minus(properties.staleAfter()).atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Due once the backoff for its number of attempts has passed since it was last dispatched. */
	static boolean isDue(EventPublication publication, Instant now, Duration first, Duration max) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate()
				: publication.getPublicationDate();
		return !now.isBefore(last.plus(backoff(publication.getCompletionAttempts(), first, max)));
	}

	/** first, 2 × first, 4 × first … after 1, 2, 3 … attempts, never more than max. */
	static Duration backoff(int attempts, Duration first, Duration max) {
		int doublings = Math.max(0, attempts - 1);
		if (doublings >= 30) {
			return max;
		}
		Duration wait = first.multipliedBy(1L << doublings);
		return wait.compareTo(max) > 0 ? max : wait;
	}
}
