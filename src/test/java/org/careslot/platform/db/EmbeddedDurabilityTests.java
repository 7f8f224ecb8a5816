package org.careslot.platform.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded PostgreSQL of a default run keeps what it acknowledged: the settings the running
 * server reports, and a booking committed just before every PostgreSQL process is killed
 * (SIGKILL, the nearest a test gets to pulling the plug) is there after a restart on the same data.
 * Each test starts a server of its own in its own data directory, beside the tests' shared one.
 */
@EnabledOnOs(OS.LINUX)
class EmbeddedDurabilityTests {

	@TempDir
	Path tmp;

	@Test
	void theDefaultServerSyncsEveryCommitToDisk() throws IOException {
		try (EmbeddedPostgres pg = EmbeddedPostgresServer.start(properties(tmp.resolve("pg"), true))) {
			assertThat(settings(pg.getPostgresDatabase())).containsExactlyInAnyOrderEntriesOf(
					Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
		}
	}

	/** What the tests' own server runs with: the same check tells the two apart. */
	@Test
	void aServerThatIsNotDurableSaysSo() throws IOException {
		try (EmbeddedPostgres pg = EmbeddedPostgresServer.start(properties(tmp.resolve("pg"), false))) {
			assertThat(settings(pg.getPostgresDatabase())).containsExactlyInAnyOrderEntriesOf(
					Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off"));
		}
	}

	@Test
	void aBookingCommittedJustBeforeAPowerCutIsThereAfterTheRestart() throws Exception {
		DatabaseProperties properties = properties(tmp.resolve("pg"), true);
		UUID appointment = UUID.randomUUID();
		EmbeddedPostgres first = EmbeddedPostgresServer.start(properties);
		try {
			DataSource db = first.getPostgresDatabase();
			assertThat(settings(db)).containsEntry("fsync", "on").containsEntry("synchronous_commit", "on");
			Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();
			book(db, appointment);
			// the commit has returned: now every PostgreSQL process dies at once, with no chance to flush
			powerCut(properties.dataDirectory());
		}
		finally {
			first.close(); // finds the server gone; gives up the data directory's lock
		}

		try (EmbeddedPostgres second = EmbeddedPostgresServer.start(properties)) {
			var row = JdbcClient.create(second.getPostgresDatabase())
				.sql("SELECT status, reason FROM appointments WHERE id = :id")
				.param("id", appointment)
				.query((rs, n) -> List.of(rs.getString(1), rs.getString(2)))
				.optional();
			assertThat(row).as("the committed booking after crash recovery").contains(List.of("CONFIRMED", "power cut"));
		}
	}

	private static DatabaseProperties properties(Path dir, boolean durable) {
		return new DatabaseProperties(dir, false, 0, durable);
	}

	private static Map<String, String> settings(DataSource db) {
		JdbcClient jdbc = JdbcClient.create(db);
		return Map.of("fsync", show(jdbc, "fsync"), "synchronous_commit", show(jdbc, "synchronous_commit"),
				"full_page_writes", show(jdbc, "full_page_writes"));
	}

	private static String show(JdbcClient jdbc, String setting) {
		return jdbc.sql("SHOW " + setting).query(String.class).single();
	}

	/** A patient, a doctor and a confirmed visit, in one transaction as the booking API writes it. */
	private static void book(DataSource db, UUID appointment) {
		JdbcClient jdbc = JdbcClient.create(db);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		OffsetDateTime start = now.plusDays(1).truncatedTo(ChronoUnit.HOURS);
		new TransactionTemplate(new DataSourceTransactionManager(db)).executeWithoutResult(tx -> {
			UUID patient = user(jdbc, "PATIENT", now);
			UUID doctorUser = user(jdbc, "DOCTOR", now);
			UUID doctor = UUID.randomUUID();
			jdbc.sql("INSERT INTO doctors (id, user_id, full_name, specialty, created_at) VALUES (:id, :user, 'Dr. Durable', 'General Practice', :now)")
				.param("id", doctor).param("user", doctorUser).param("now", now)
				.update();
			jdbc.sql("""
					INSERT INTO appointments (id, doctor_id, patient_id, starts_at, ends_at, blocked_until, status, reason, created_at, updated_at)
					VALUES (:id, :doctor, :patient, :start, :end, :end, 'CONFIRMED', 'power cut', :now, :now)
					""")
				.param("id", appointment).param("doctor", doctor).param("patient", patient)
				.param("start", start).param("end", start.plusMinutes(30)).param("now", now)
				.update();
		});
	}

	private static UUID user(JdbcClient jdbc, String role, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO users (id, email, full_name, role, created_at, updated_at) VALUES (:id, :email, 'Durable', :role, :now, :now)")
			.param("id", id).param("email", id + "@durable.test").param("role", role).param("now", now)
			.update();
		return id;
	}

	/** SIGKILL to the postmaster (its PID is the first line of postmaster.pid) and to every process it started. */
	private static void powerCut(Path dataDirectory) throws Exception {
		long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
		all.add(0, postmaster);
		all.forEach(ProcessHandle::destroyForcibly);
		for (ProcessHandle p : all) {
			p.onExit().get(10, TimeUnit.SECONDS);
		}
		assertThat(all).noneMatch(ProcessHandle::isAlive);
	}
}
