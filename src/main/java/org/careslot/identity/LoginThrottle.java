package org.careslot.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

import io.github.bucket4j.BandwidthBuilder;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in PostgreSQL (Bucket4j), so the
 * limit holds across nodes. Only failures spend tokens; a blocked caller learns how long to wait.
 */
@Component
class LoginThrottle {

	private final ProxyManager<String> buckets;
	private final BucketConfiguration perAccount;
	private final BucketConfiguration perAddress;

	LoginThrottle(DataSource dataSource, IdentityProperties properties, Clock clock) {
		var rules = properties.loginThrottle();
		this.buckets = Bucket4jPostgreSQL.advisoryLockBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("login_throttle_buckets")
			.clientClock(new ClockTimeMeter(clock))
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		this.perAccount = config(rules.accountFailures(), rules.window());
		this.perAddress = config(rules.ipFailures(), rules.window());
	}

	/** How long the caller must wait, when the account or the address has used up its failures. */
	Optional<Duration> blockedFor(String email, String address) {
		long wait = Math.max(waitNanos("account:" + email, perAccount), waitNanos("address:" + address, perAddress));
		return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
	}

	void recordFailure(String email, String address) {
		buckets.getProxy("account:" + email, () -> perAccount).tryConsume(1);
		buckets.getProxy("address:" + address, () -> perAddress).tryConsume(1);
	}

	private long waitNanos(String key, BucketConfiguration config) {
		var probe = buckets.getProxy(key, () -> config).estimateAbilityToConsume(1);
		return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
	}

	private static BucketConfiguration config(int failures, Duration window) {
		return BucketConfiguration.builder()
			.addLimit(BandwidthBuilder.builder().capacity(failures).refillGreedy(failures, window).build())
			.build();
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
