package org.careslot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.careslot.clinic.ClinicService;
import org.careslot.doctors.DoctorService;
import org.careslot.identity.DemoAccounts;
import org.careslot.platform.DatabaseMode;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo clinic: only in demo mode, never beside a configured administrator, and once there a
 * clinic that looks lived in. The database is shared with other tests (and maybe the journeys'
 * demo clinic already), so counts are about the demo's own doctors and patients.
 */
@ApiTest
class DemoClinicTests {

	@LocalServerPort
	int port;

	@Autowired
	DemoAccounts accounts;

	@Autowired
	DoctorService doctors;

	@Autowired
	ClinicService clinicSettings;

	@Autowired
	DemoHistory history;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	private DemoClinic clinic(boolean embedded, Boolean flag, String adminEmail) {
		return new DemoClinic(accounts, doctors, clinicSettings, history, transactions, jdbc, new DatabaseMode(embedded),
				flag, adminEmail, true);
	}

	@Test
	void seedsALivedInClinicOnceAndItsLoginsWork() {
		clinic(true, null, "").run(new DefaultApplicationArguments());
		long doctorsAfterFirst = doctors.count();
		long visitsAfterFirst = jdbc.sql("SELECT count(*) FROM appointments").query(Long.class).single();
		clinic(true, null, "").run(new DefaultApplicationArguments());
		assertThat(doctors.count()).as("a second start seeds nothing").isEqualTo(doctorsAfterFirst);
		assertThat(jdbc.sql("SELECT count(*) FROM appointments").query(Long.class).single()).isEqualTo(visitsAfterFirst);

		ApiClient anonymous = new ApiClient(port);
		var page = anonymous.get("/api/doctors?q=careslot&size=100");
		assertThat(anonymous.get("/api/config").<Boolean>json("$.demoClinic")).as("this context is not in demo mode").isFalse();
		assertThat(new ApiClient(port).login(DemoClinic.ADMIN, DemoClinic.PASSWORD).<String>json("$.role")).isEqualTo("ADMIN");
		ApiClient anna = new ApiClient(port);
		assertThat(anna.login(DemoClinic.DOCTORS.get(0).email(), DemoClinic.PASSWORD).<String>json("$.role")).isEqualTo("DOCTOR");
		Set<String> patientRoles = new HashSet<>();
		DemoClinic.PATIENTS.forEach(p -> patientRoles.add(new ApiClient(port).login(p, DemoClinic.PASSWORD).json("$.role")));
		assertThat(patientRoles).containsExactly("PATIENT");

		// every doctor's calendar has visits ahead, and most of the time stays free
		String annaId = anna.get("/api/doctors/me").json("$.id");
		Instant now = Instant.now();
		List<String> ahead = anna.get("/api/appointments?from=" + now + "&to=" + now.plus(21, ChronoUnit.DAYS)).json("$[*].status");
		assertThat(ahead).hasSizeGreaterThan(20).contains("CONFIRMED", "PENDING");
		List<String> past = anna.get("/api/appointments?from=" + now.minus(14, ChronoUnit.DAYS) + "&to=" + now).json("$[*].status");
		assertThat(past).contains("COMPLETED", "NO_SHOW", "CANCELLED");
		long free = anonymous.get("/api/doctors/" + annaId + "/slots?from=" + java.time.LocalDate.now().plusDays(1) + "&to="
				+ java.time.LocalDate.now().plusDays(14)).<List<Object>>json("$").size();
		assertThat(free).as("plenty of free time").isGreaterThan(ahead.size());
		long doctorsWithVisitsAhead = jdbc.sql("""
				SELECT count(DISTINCT a.doctor_id) FROM appointments a JOIN doctors d ON d.id = a.doctor_id
				JOIN users u ON u.id = d.user_id WHERE u.demo AND a.starts_at > now() AND a.status <> 'CANCELLED'
				""").query(Long.class).single();
		assertThat(doctorsWithVisitsAhead).isEqualTo(DemoClinic.DOCTORS.size());

		// Maria has a history: notes, allergies, texts, payments
		ApiClient maria = new ApiClient(port);
		maria.login(DemoClinic.PATIENTS.get(0), DemoClinic.PASSWORD);
		String mariaId = maria.get("/api/me").json("$.id");
		var record = maria.get("/api/patients/" + mariaId + "/record");
		assertThat(record.status()).as(record.body()).isEqualTo(200);
		assertThat(record.<List<String>>json("$.allergies[*].text")).contains("Penicillin — rash");
		assertThat(record.<List<Object>>json("$.notes")).isNotEmpty();
		// a corrected note keeps what it said first
		List<String> edited = record.json("$.notes[?(@.version > 0)].id");
		assertThat(edited).isNotEmpty();
		assertThat(maria.get("/api/notes/" + edited.get(0) + "/versions").<List<String>>json("$[*].body").get(0))
			.endsWith("Follow-up booked.");
		assertThat(maria.get("/api/notifications").<List<String>>json("$[*].kind")).contains("BOOKED", "REMINDER");
		assertThat(maria.get("/api/appointments").<List<String>>json("$[*].paymentStatus")).contains("PAID");
		List<String> paymentStates = jdbc.sql("""
				SELECT DISTINCT p.status FROM payments p JOIN appointments a ON a.id = p.appointment_id
				JOIN users u ON u.id = a.patient_id WHERE u.demo
				""").query(String.class).list();
		assertThat(paymentStates).contains("PAID", "REFUNDED", "OPEN");
	}

	@Test
	void isOnByDefaultOnlyWithTheEmbeddedDatabaseAndNeverBesideAConfiguredAdministrator() {
		assertThat(DemoClinic.demoMode(null, false, true)).isTrue();
		assertThat(DemoClinic.demoMode(null, false, false)).isFalse();
		assertThat(DemoClinic.demoMode(true, false, false)).isTrue();
		assertThat(DemoClinic.demoMode(false, false, true)).isFalse();
		assertThat(DemoClinic.demoMode(null, true, true)).as("CARESLOT_ADMIN_EMAIL set").isFalse();
		assertThat(DemoClinic.demoMode(true, true, true)).as("even when asked for").isFalse();
	}

	@Test
	void outsideDemoModeThePublishedDemoAccountsAreSwitchedOff() {
		clinic(true, null, "").run(new DefaultApplicationArguments()); // there is a demo clinic
		ApiClient demoAdmin = new ApiClient(port);
		assertThat(demoAdmin.login(DemoClinic.ADMIN, DemoClinic.PASSWORD).status()).isEqualTo(200);
		try {
			// the operator now configures their own administrator and starts again
			clinic(true, null, "real.admin@clinic.example").run(new DefaultApplicationArguments());
			assertThat(new ApiClient(port).login(DemoClinic.ADMIN, DemoClinic.PASSWORD).status()).isEqualTo(401);
			assertThat(demoAdmin.get("/api/me").status()).as("its session ended").isEqualTo(401);
			assertThat(new ApiClient(port).login(DemoClinic.PATIENTS.get(0), DemoClinic.PASSWORD).status()).isEqualTo(401);
		}
		finally {
			// the browser journeys may use the demo clinic in this database after this test
			jdbc.sql("UPDATE users SET enabled = TRUE WHERE demo").update();
		}
	}
}
