package org.careslot.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.careslot.doctors.DoctorService;
import org.careslot.identity.IdentityService;
import org.careslot.platform.DatabaseMode;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

@ApiTest
class DemoClinicTests {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identity;

	@Autowired
	DoctorService doctors;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	JdbcClient jdbc;

	private DemoClinic clinic(boolean embedded, Boolean flag) {
		return new DemoClinic(identity, doctors, transactions, jdbc, new DatabaseMode(embedded), flag);
	}

	@Test
	void seedsABelievableClinicOnceAndItsLoginsWork() {
		clinic(true, null).run(new DefaultApplicationArguments());
		long afterFirst = doctors.count();
		clinic(true, null).run(new DefaultApplicationArguments());
		assertThat(doctors.count()).as("second start seeds nothing").isEqualTo(afterFirst);

		ApiClient anonymous = new ApiClient(port);
		var page = anonymous.get("/api/doctors?size=100");
		List<String> specialties = page.json("$.items[*].specialty");
		List<String> zones = page.json("$.items[*].timeZone");
		assertThat(page.<Integer>json("$.total")).isGreaterThanOrEqualTo(12);
		assertThat(new HashSet<>(specialties)).hasSizeGreaterThanOrEqualTo(6);
		assertThat(new HashSet<>(zones)).hasSizeGreaterThanOrEqualTo(2);

		String id = page.json("$.items[0].id");
		assertThat(anonymous.get("/api/doctors/" + id).<List<Object>>json("$.weeklyHours")).isNotEmpty();

		assertThat(new ApiClient(port).login(DemoClinic.ADMIN, DemoClinic.PASSWORD).<String>json("$.role")).isEqualTo("ADMIN");
		assertThat(new ApiClient(port).login(DemoClinic.DOCTORS.get(0).email(), DemoClinic.PASSWORD).<String>json("$.role"))
			.isEqualTo("DOCTOR");
		Set<String> patientRoles = new HashSet<>();
		DemoClinic.PATIENTS.forEach(p -> patientRoles.add(new ApiClient(port).login(p, DemoClinic.PASSWORD).json("$.role")));
		assertThat(patientRoles).containsExactly("PATIENT");
	}

	@Test
	void isOnByDefaultOnlyWithTheEmbeddedDatabase() {
		assertThat(clinic(true, null).enabled()).isTrue();
		assertThat(clinic(false, null).enabled()).isFalse();
		assertThat(clinic(false, true).enabled()).isTrue();
		assertThat(clinic(true, false).enabled()).isFalse();
	}
}
