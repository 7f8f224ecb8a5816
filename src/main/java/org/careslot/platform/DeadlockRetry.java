package org.careslot.platform;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a unit of work in a transaction of its own, and runs it again when PostgreSQL chose it
 * as the victim of a deadlock.
 * <p>
 * Two transactions inserting overlapping ranges under an exclusion constraint each find the
 * other's uncommitted row and wait for it; PostgreSQL breaks the tie after
 * {@code deadlock_timeout} by aborting one of them. Run again, the victim meets the survivor's
 * committed row and gets the ordinary constraint violation (a 409), or the free slot if the
 * survivor rolled back. The whole transaction is repeated because an aborted one cannot go on.
 * Writers that often collide should also queue on a lock (see {@code AppointmentQueries}): among
 * many racers the victims can deadlock with each other again and run out of retries.
 */
@Component
public class DeadlockRetry {

	private final TransactionTemplate transactions;

	private final RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
		.includes(PessimisticLockingFailureException.class)
		.maxRetries(3)
		.delay(Duration.ofMillis(20))
		.jitter(Duration.ofMillis(15))
		.build());

	public DeadlockRetry(PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Must not be called inside a transaction: a retry could not undo the caller's part. */
	public <T> T inTransaction(Supplier<T> work) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A retried transaction must be the outermost one");
		}
		return retry.invoke(() -> transactions.execute(status -> work.get()));
	}
}
