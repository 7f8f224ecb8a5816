package org.careslot.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.careslot.support.ApiTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * V12 widens the exclusion constraints to every status but CANCELLED. A database written under the
 * old rule may hold the double bookings that rule allowed; the migration must repair them (the
 * later booking stands) and keep every valid row as it was.
 */
@ApiTest
class TimeHeldMigrationTests {

	@Autowired
	DataSource appDataSource;

	@Test
	void theMigrationRepairsEarlyCompletedVisitsAndKeepsValidDataAsItWas() throws SQLException {
		DataSource db = freshDatabase();
		flyway(db, "11").migrate();
		JdbcClient jdbc = JdbcClient.create(db);
		UUID doctor = doctor(jdbc);
		UUID anna = user(jdbc, "PATIENT");
		UUID ben = user(jdbc, "PATIENT");
		Instant tomorrow = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.DAYS);
		Instant lastWeek = tomorrow.minus(8, ChronoUnit.DAYS);

		// the bug: completed before it started, its time booked again by someone else
		UUID completedEarly = insert(jdbc, doctor, anna, tomorrow, "COMPLETED", 1);
		UUID bookedAgain = insert(jdbc, doctor, ben, tomorrow, "CONFIRMED", 2);
		// completed early without a clash: confirmed again, it has not happened yet
		UUID completedEarlyAlone = insert(jdbc, doctor, anna, tomorrow.plus(3, ChronoUnit.HOURS), "COMPLETED", 3);
		// two finished visits on top of each other in the past: the later booking stands
		UUID firstPast = insert(jdbc, doctor, anna, lastWeek, "NO_SHOW", 4);
		UUID secondPast = insert(jdbc, doctor, ben, lastWeek, "COMPLETED", 5);
		// valid rows of every kind, untouched
		UUID done = insert(jdbc, doctor, anna, lastWeek.plus(2, ChronoUnit.HOURS), "COMPLETED", 6);
		UUID cancelled = insert(jdbc, doctor, ben, tomorrow.plus(3, ChronoUnit.HOURS), "CANCELLED", 7);
		UUID pending = insert(jdbc, doctor, ben, tomorrow.plus(5, ChronoUnit.HOURS), "PENDING", 8);

		flyway(db, "latest").migrate();

		Map<UUID, String> status = jdbc.sql("SELECT id, status FROM appointments").query((rs, n) -> Map.entry(
				rs.getObject(1, UUID.class), rs.getString(2))).list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(status).containsEntry(completedEarly, "CANCELLED")
			.containsEntry(bookedAgain, "CONFIRMED")
			.containsEntry(completedEarlyAlone, "CONFIRMED")
			.containsEntry(firstPast, "CANCELLED")
			.containsEntry(secondPast, "COMPLETED")
			.containsEntry(done, "COMPLETED")
			.containsEntry(cancelled, "CANCELLED")
			.containsEntry(pending, "PENDING");
		assertThat(jdbc.sql("SELECT cancel_reason FROM appointments WHERE id = :id").param("id", completedEarly)
			.query(String.class).single()).contains("booked again");

		// and from now on a completed visit keeps its time
		assertThatThrownBy(() -> insert(jdbc, doctor, user(jdbc, "PATIENT"), lastWeek.plus(2, ChronoUnit.HOURS), "CONFIRMED", 9))
			.hasMessageContaining("appointments_doctor_no_overlap");
		assertThatThrownBy(() -> insert(jdbc, doctor(jdbc), anna,
				lastWeek.plus(2, ChronoUnit.HOURS), "CONFIRMED", 10))
			.hasMessageContaining("appointments_patient_no_overlap");
	}

	private DataSource freshDatabase() throws SQLException {
		String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
		String url;
		try (Connection c = appDataSource.getConnection()) {
			c.createStatement().execute("CREATE DATABASE " + name);
			url = c.getMetaData().getURL();
		}
		String databaseUrl = url.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
		return new SimpleDriverDataSource(new org.postgresql.Driver(), databaseUrl, "postgres", "");
	}

	private static Flyway flyway(DataSource db, String target) {
		return Flyway.configure().dataSource(db).locations("classpath:db/migration").target(target).load();
	}

	private static UUID user(JdbcClient jdbc, String role) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO users (id, email, full_name, role, created_at, updated_at) VALUES (:id, :email, 'X', :role, now(), now())")
			.param("id", id).param("email", id + "@example.test").param("role", role).update();
		return id;
	}

	private static UUID doctor(JdbcClient jdbc) {
		UUID id = UUID.randomUUID();
		jdbc.sql("INSERT INTO doctors (id, user_id, full_name, specialty, created_at) VALUES (:id, :user, 'Dr. X', 'Testing', now())")
			.param("id", id).param("user", user(jdbc, "DOCTOR")).update();
		return id;
	}

	/** @param order created this many minutes after a fixed point, so "later booking" is well defined */
	private static UUID insert(JdbcClient jdbc, UUID doctor, UUID patient, Instant start, String status, int order) {
		UUID id = UUID.randomUUID();
		OffsetDateTime at = start.atOffset(ZoneOffset.UTC);
		jdbc.sql("""
				INSERT INTO appointments (id, doctor_id, patient_id, starts_at, ends_at, blocked_until, status, created_at, updated_at)
				VALUES (:id, :doctor, :patient, :start, :end, :end, :status, :created, :created)
				""")
			.param("id", id).param("doctor", doctor).param("patient", patient).param("start", at)
			.param("end", at.plusMinutes(30)).param("status", status)
			.param("created", OffsetDateTime.parse("2026-01-01T00:00:00Z").plusMinutes(order))
			.update();
		return id;
	}
}
