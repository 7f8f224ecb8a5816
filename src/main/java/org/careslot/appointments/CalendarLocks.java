package org.careslot.appointments;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transaction-scoped advisory locks that order the writers of one calendar. Without them, racing
 * inserts of overlapping times each wait on the other's uncommitted row in the exclusion check and
 * PostgreSQL breaks the deadlock only after {@code deadlock_timeout}; queued, each sees the
 * previous one's committed row and fails at once. The exclusion constraints stay the guarantee;
 * these only order the writers. Held until commit, on every node alike.
 */
@Component
class CalendarLocks {

	private final JdbcClient jdbc;

	CalendarLocks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues this transaction behind any other writing to the doctor's calendar. */
	void lockDoctor(UUID doctorId) {
		lock("SELECT pg_advisory_xact_lock(hashtextextended('appointments:' || CAST(:id AS text), 0))", doctorId);
	}

	/** Waits for writers to the doctor's calendar to commit, and keeps them waiting until this transaction ends. */
	void shareDoctor(UUID doctorId) {
		lock("SELECT pg_advisory_xact_lock_shared(hashtextextended('appointments:' || CAST(:id AS text), 0))", doctorId);
	}

	/** Queues this transaction behind any other booking by the same patient, so the caps hold under races. */
	void lockPatient(UUID patientId) {
		lock("SELECT pg_advisory_xact_lock(hashtextextended('patient:' || CAST(:id AS text), 0))", patientId);
	}

	private void lock(String sql, UUID id) {
		jdbc.sql(sql).param("id", id).query(Object.class).single();
	}
}
