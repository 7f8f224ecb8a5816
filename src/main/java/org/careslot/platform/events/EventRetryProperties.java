package org.careslot.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How event publications whose listener failed (a refund while Stripe was down) are tried again.
 *
 * @param retryInterval how often a node looks for failed publications (only one node at a time does)
 * @param firstRetryAfter the wait after the first failure; it doubles with every further failure
 * @param maxRetryDelay the longest wait between two attempts
 * @param staleAfter a publication dispatched this long ago and still neither completed nor failed is
 *        taken for lost with its node, marked failed and retried; far longer than any listener runs
 * @param batchSize at most this many publications are handed back to their listeners per round
 */
@ConfigurationProperties("careslot.events")
record EventRetryProperties(@DefaultValue("1m") Duration retryInterval, @DefaultValue("1m") Duration firstRetryAfter,
		@DefaultValue("1h") Duration maxRetryDelay, @DefaultValue("15m") Duration staleAfter,
		@DefaultValue("100") int batchSize) {
}
