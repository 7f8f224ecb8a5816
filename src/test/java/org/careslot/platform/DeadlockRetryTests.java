package org.careslot.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.careslot.support.ApiTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A real PostgreSQL deadlock: the victim's work is rolled back and run again, once. */
@ApiTest
class DeadlockRetryTests {

	@Autowired
	DeadlockRetry deadlocks;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void rows() {
		jdbc.sql("CREATE TABLE deadlock_probe (id int PRIMARY KEY, v int NOT NULL)").update();
		jdbc.sql("INSERT INTO deadlock_probe VALUES (1, 0), (2, 0)").update();
	}

	@AfterEach
	void drop() {
		jdbc.sql("DROP TABLE deadlock_probe").update();
	}

	@Test
	void theDeadlockVictimIsRolledBackAndRunAgain() throws Exception {
		CountDownLatch workHoldsRow1 = new CountDownLatch(1);
		CountDownLatch otherHoldsRow2 = new CountDownLatch(1);
		// the other transaction takes the rows in the opposite order and waits far longer before
		// looking for deadlocks, so PostgreSQL picks the retried work as the victim
		CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
			try (Connection c = dataSource.getConnection()) {
				c.setAutoCommit(false);
				c.createStatement().execute("SET LOCAL deadlock_timeout = '60s'");
				c.createStatement().execute("UPDATE deadlock_probe SET v = v + 10 WHERE id = 2");
				otherHoldsRow2.countDown();
				workHoldsRow1.await(30, TimeUnit.SECONDS);
				c.createStatement().execute("UPDATE deadlock_probe SET v = v + 10 WHERE id = 1");
				c.commit();
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		AtomicInteger attempts = new AtomicInteger();

		String result = deadlocks.inTransaction(() -> {
			attempts.incrementAndGet();
			jdbc.sql("UPDATE deadlock_probe SET v = v + 1 WHERE id = 1").update();
			workHoldsRow1.countDown();
			await(otherHoldsRow2);
			jdbc.sql("UPDATE deadlock_probe SET v = v + 1 WHERE id = 2").update();
			return "done";
		});

		other.get(30, TimeUnit.SECONDS);
		assertThat(result).isEqualTo("done");
		assertThat(attempts).hasValue(2);
		// the first attempt's +1 on row 1 was undone; each transaction counted once per row
		assertThat(jdbc.sql("SELECT v FROM deadlock_probe ORDER BY id").query(Integer.class).list())
			.containsExactly(11, 11);
	}

	@Test
	void otherFailuresAreNotRetried() {
		AtomicInteger attempts = new AtomicInteger();

		assertThatThrownBy(() -> deadlocks.inTransaction(() -> {
			attempts.incrementAndGet();
			jdbc.sql("UPDATE deadlock_probe SET v = 5 WHERE id = 1").update();
			throw ApiException.conflict("start", Text.of("booking.justTaken"));
		})).isInstanceOf(ApiException.class).hasMessageContaining("just taken");

		assertThat(attempts).hasValue(1);
		assertThat(jdbc.sql("SELECT v FROM deadlock_probe WHERE id = 1").query(Integer.class).single()).isZero();
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
