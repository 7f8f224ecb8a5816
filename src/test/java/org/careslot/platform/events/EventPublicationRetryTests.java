package org.careslot.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.careslot.support.ApiTest;
import org.careslot.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retry job's two rules: the wait between attempts (1, 2, 4 … minutes, at most an hour) and
 * the lease that lets one node at a time run a round. The whole flow, on two nodes against a
 * fake Stripe, is in {@code RefundRetryTests}.
 */
@ApiTest
class EventPublicationRetryTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Test
	void theWaitDoublesWithEveryFailedAttemptUpToTheCap() {
		Duration minute = Duration.ofMinutes(1);
		Duration hour = Duration.ofHours(1);
		assertThat(IntStream.rangeClosed(1, 9).mapToObj(attempts -> EventPublicationRetry.backoff(attempts, minute, hour)))
			.containsExactly(minute, minute.multipliedBy(2), minute.multipliedBy(4), minute.multipliedBy(8),
					minute.multipliedBy(16), minute.multipliedBy(32), hour, hour, hour);
		assertThat(EventPublicationRetry.backoff(0, minute, hour)).isEqualTo(minute);
		assertThat(EventPublicationRetry.backoff(Integer.MAX_VALUE, minute, hour)).isEqualTo(hour);
	}

	@Test
	void oneNodeAtATimeHoldsALeaseUntilItGivesItBackOrItRunsOut() throws Exception {
		String name = "test-lease-" + System.nanoTime();
		List<ClusterLease> nodes = IntStream.range(0, 6).mapToObj(i -> new ClusterLease(jdbc, clock)).toList();

		ExecutorService pool = Executors.newFixedThreadPool(nodes.size());
		List<Boolean> acquired = new ArrayList<>();
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> attempts = nodes.stream()
				.map(node -> pool.submit(() -> {
					start.await();
					return node.tryAcquire(name, Duration.ofMinutes(5));
				}))
				.toList();
			start.countDown();
			for (Future<Boolean> attempt : attempts) {
				acquired.add(attempt.get());
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(acquired).as("nodes racing for a free lease").containsOnlyOnce(true);
		ClusterLease holder = nodes.get(acquired.indexOf(true));
		ClusterLease other = nodes.get(acquired.indexOf(false));

		other.release(name);
		assertThat(other.tryAcquire(name, Duration.ofMinutes(5))).as("only its holder gives it back").isFalse();
		holder.release(name);
		assertThat(other.tryAcquire(name, Duration.ofMinutes(5))).as("given back").isTrue();
		assertThat(holder.tryAcquire(name, Duration.ofMinutes(5))).isFalse();

		clock.advance(Duration.ofMinutes(6));
		try {
			assertThat(holder.tryAcquire(name, Duration.ofMinutes(5))).as("its holder died: the lease ran out").isTrue();
		}
		finally {
			clock.advance(Duration.ofMinutes(-6));
		}
	}
}
