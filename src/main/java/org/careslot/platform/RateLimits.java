package org.careslot.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Named request limits kept in PostgreSQL (Bucket4j), so they hold across nodes: booking and
 * rescheduling per account and per address, registration per address, phone codes. Each is
 * {@code careslot.limits.<name>.capacity} requests per {@code careslot.limits.<name>.per}.
 */
@Component
@EnableConfigurationProperties(RateLimits.Properties.class)
public class RateLimits {

	@ConfigurationProperties("careslot")
	record Properties(Map<String, Limit> limits) {

		Properties {
			limits = limits == null ? Map.of() : Map.copyOf(limits);
		}
	}

	record Limit(int capacity, Duration per) {
	}

	private final ProxyManager<String> buckets;
	private final Map<String, Limit> limits;

	RateLimits(DataSource dataSource, Properties properties, Clock clock) {
		this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_buckets")
			.clientClock(new ClockTimeMeter(clock))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.limits = properties.limits();
	}

	/**
	 * Spends one request of the named limit for this key (an account id, an address, a number).
	 * @throws ApiException 429 with Retry-After when it is used up
	 * @throws IllegalStateException for a limit that is not configured (a programming error)
	 */
	public void spend(String limit, String key, Text tooMany) {
		Limit rule = limits.get(limit);
		if (rule == null) {
			throw new IllegalStateException("No limit careslot.limits." + limit + " configured");
		}
		BucketConfiguration config = BucketConfiguration.builder()
			.addLimit(BandwidthBuilder.builder().capacity(rule.capacity()).refillGreedy(rule.capacity(), rule.per()).build())
			.build();
		var probe = buckets.getProxy(limit + ":" + key, () -> config).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw ApiException.tooManyRequests(tooMany,
					Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	/** Bucket4j reads time through the application clock so tests can move it. */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}
	}
}
