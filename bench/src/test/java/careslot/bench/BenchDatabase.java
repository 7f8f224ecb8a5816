package careslot.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Seeds the benchmark clinic straight into CareSlot's PostgreSQL and runs the raw-SQL baseline. */
final class BenchDatabase {

	static final String URL = System.getProperty("bench.jdbc", "jdbc:postgresql://127.0.0.1:15432/postgres");
	static final int DOCTORS = Integer.getInteger("bench.doctors", 1000);
	static final int PATIENTS = Integer.getInteger("bench.patients", 200);
	static final String PASSWORD = "bench-password-2026";

	private BenchDatabase() {
	}

	static Connection connect() throws SQLException {
		return DriverManager.getConnection(URL, "postgres", "");
	}

	/** 1,000 doctors open 08:00–18:00 UTC every day in 30-minute slots, and patients sharing one password. */
	static void seed() throws SQLException {
		try (Connection c = connect(); var st = c.createStatement()) {
			st.execute("CREATE EXTENSION IF NOT EXISTS pgcrypto");
			st.execute("DELETE FROM appointment_idempotency_keys");
			st.execute("DELETE FROM appointments");
			st.execute("""
					INSERT INTO users (id, email, password_hash, full_name, role, created_at, updated_at)
					SELECT gen_random_uuid(), 'bench-dr-' || g || '@bench.test', NULL, 'Dr. Bench ' || md5(g::text), 'DOCTOR', now(), now()
					FROM generate_series(1, %d) g ON CONFLICT DO NOTHING""".formatted(DOCTORS));
			st.execute("""
					INSERT INTO doctors (id, user_id, full_name, specialty, languages, created_at)
					SELECT gen_random_uuid(), u.id, u.full_name,
					       (ARRAY['Cardiology','Dermatology','Pediatrics','General Practice','Psychiatry','Orthopedics'])[1 + abs(hashtext(u.email)) % 6],
					       '{en}', now()
					FROM users u WHERE u.email LIKE 'bench-dr-%' AND NOT EXISTS (SELECT 1 FROM doctors d WHERE d.user_id = u.id)""");
			st.execute("""
					INSERT INTO doctor_schedules (doctor_id, time_zone, slot_minutes, buffer_minutes, min_notice_minutes, horizon_days, updated_at)
					SELECT d.id, 'UTC', 30, 0, 0, 90, now() FROM doctors d
					WHERE d.full_name LIKE 'Dr. Bench %' ON CONFLICT DO NOTHING""");
			st.execute("""
					INSERT INTO doctor_weekly_hours (id, doctor_id, day_of_week, start_time, end_time)
					SELECT gen_random_uuid(), s.doctor_id, dow, '08:00', '18:00' FROM doctor_schedules s, generate_series(1, 7) dow
					WHERE s.doctor_id IN (SELECT id FROM doctors WHERE full_name LIKE 'Dr. Bench %')
					  AND NOT EXISTS (SELECT 1 FROM doctor_weekly_hours w WHERE w.doctor_id = s.doctor_id)""");
			st.execute("""
					INSERT INTO users (id, email, password_hash, full_name, role, created_at, updated_at)
					SELECT gen_random_uuid(), 'bench-pt-' || g || '@bench.test', '{bcrypt}' || crypt('%s', gen_salt('bf', 10)),
					       'Bench Patient ' || g, 'PATIENT', now(), now()
					FROM generate_series(1, %d) g ON CONFLICT DO NOTHING""".formatted(PASSWORD, PATIENTS));
			st.execute("DELETE FROM login_throttle_buckets");
			st.execute("ANALYZE");
		}
	}

	static List<UUID> ids(String sql) throws SQLException {
		List<UUID> ids = new ArrayList<>();
		try (Connection c = connect(); var rs = c.createStatement().executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getObject(1, UUID.class));
			}
		}
		return ids;
	}

	/** A random grid slot, 1–60 days ahead, 08:00–17:30 UTC. */
	static Instant randomSlot() {
		ThreadLocalRandom r = ThreadLocalRandom.current();
		return LocalDate.now(ZoneOffset.UTC).plusDays(1 + r.nextInt(60)).atTime(8 + r.nextInt(10), r.nextBoolean() ? 0 : 30)
			.toInstant(ZoneOffset.UTC);
	}

	/**
	 * The baseline: the same appointment rows inserted with plain JDBC, same constraint, same
	 * concurrency, no HTTP and no application. Returns successful inserts per second.
	 */
	static double rawInsertRate(List<UUID> doctors, List<UUID> patients, int threads, long millis) throws Exception {
		AtomicLong inserted = new AtomicLong();
		AtomicLong conflicts = new AtomicLong();
		long deadline = System.currentTimeMillis() + millis;
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread w = new Thread(() -> {
				try (Connection c = connect(); PreparedStatement insert = c.prepareStatement("""
						INSERT INTO appointments (id, doctor_id, patient_id, starts_at, ends_at, blocked_until, status, reason,
						  created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 'baseline', now(), now())""")) {
					while (System.currentTimeMillis() < deadline) {
						ThreadLocalRandom r = ThreadLocalRandom.current();
						Instant start = randomSlot();
						insert.setObject(1, UUID.randomUUID());
						insert.setObject(2, doctors.get(r.nextInt(doctors.size())));
						insert.setObject(3, patients.get(r.nextInt(patients.size())));
						insert.setTimestamp(4, Timestamp.from(start));
						insert.setTimestamp(5, Timestamp.from(start.plusSeconds(1800)));
						insert.setTimestamp(6, Timestamp.from(start.plusSeconds(1800)));
						try {
							insert.executeUpdate();
							inserted.incrementAndGet();
						}
						catch (SQLException ex) {
							conflicts.incrementAndGet(); // exclusion violation: slot or patient busy
						}
					}
				}
				catch (SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			w.start();
			workers.add(w);
		}
		for (Thread w : workers) {
			w.join();
		}
		try (Connection c = connect(); var st = c.createStatement()) {
			st.execute("DELETE FROM appointments WHERE reason = 'baseline'");
			st.execute("VACUUM ANALYZE appointments"); // the measured phases start on a clean table
		}
		System.out.printf("BASELINE raw JDBC: %d inserts, %d conflicts in %d ms with %d threads%n", inserted.get(),
				conflicts.get(), millis, threads);
		return inserted.get() * 1000.0 / millis;
	}

	static long count(String sql) throws SQLException {
		try (Connection c = connect(); var rs = c.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}
