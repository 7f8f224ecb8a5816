package org.careslot.platform.events;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A named lease in PostgreSQL that one node at a time holds: taken by a single guarded upsert,
 * so two nodes asking together cannot both get it, and given back when the work is done. A node
 * that dies while holding it delays the work by the lease's length at most.
 */
@Component
class ClusterLease {

	private final JdbcClient jdbc;
	private final Clock clock;
	/** This node (this application context) as the holder; two nodes in one JVM are two holders. */
	private final String holder = "node-" + UUID.randomUUID();

	ClusterLease(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** True when this node now holds the lease until {@code length} from now. */
	boolean tryAcquire(String name, Duration length) {
		requireNoTransaction();
		Instant now = clock.instant();
		// a competing upsert waits for this row's lock, then finds lease_until in the future and changes nothing
		return jdbc.sql("""
				INSERT INTO platform_leases (name, holder, lease_until) VALUES (:name, :holder, :until)
				ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
				WHERE platform_leases.lease_until <= :now
				RETURNING name
				""")
			.param("name", name)
			.param("holder", holder)
			.param("until", now.plus(length).atOffset(ZoneOffset.UTC))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.query(String.class)
			.optional()
			.isPresent();
	}

	/** Gives the lease back at once (if this node still holds it), whatever the other nodes' clocks say. */
	void release(String name) {
		requireNoTransaction();
		jdbc.sql("UPDATE platform_leases SET lease_until = '-infinity' WHERE name = :name AND holder = :holder")
			.param("name", name)
			.param("holder", holder)
			.update();
	}

	/** Inside a caller's transaction the claim would only be visible to others once that commits. */
	private static void requireNoTransaction() {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A lease is taken and given back outside any transaction");
		}
	}
}
