package org.careslot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import org.careslot.CareSlotApplication;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A second CareSlot node on the same PostgreSQL: shared sessions, and no slot sold twice across nodes. */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	HikariDataSource dataSource;

	ConfigurableApplicationContext nodeB;
	int portB;

	@BeforeAll
	void startSecondNode() {
		nodeB = new SpringApplicationBuilder(CareSlotApplication.class)
			.properties(Map.of("spring.datasource.url", dataSource.getJdbcUrl(), "spring.datasource.username",
					dataSource.getUsername(), "spring.datasource.password", "", "server.port", "0", "careslot.demo-data",
					"false", "spring.main.banner-mode", "off"))
			.run();
		portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
	}

	@AfterAll
	void stopSecondNode() {
		nodeB.close();
	}

	@Test
	void aSessionStartedOnOneNodeIsValidOnTheOther() {
		ApiClient onA = clinic.patient(port);
		ApiClient onB = new ApiClient(portB);
		onB.setCookie("SESSION", onA.cookie("SESSION").orElseThrow());
		var me = onB.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.<String>json("$.id")).isEqualTo(onA.get("/api/me").<String>json("$.id"));
	}

	@Test
	void patientsOnBothNodesRacingForTheSameSlotsGetEachSlotOnce() throws Exception {
		Clinic.Doctor doctor = clinic.doctor();
		int slots = 10;
		int perSlotPerNode = 3;
		List<ApiClient> clients = new ArrayList<>();
		List<String> bodies = new ArrayList<>();
		for (int s = 0; s < slots; s++) {
			String body = BookingApiTests.booking(doctor, BookingApiTests.slot(16, 8 + s, 0));
			for (int k = 0; k < perSlotPerNode * 2; k++) {
				int nodePort = k % 2 == 0 ? port : portB;
				ApiClient client = new ApiClient(nodePort);
				assertThat(client.register(org.careslot.support.Accounts.email("node"), org.careslot.support.Accounts.PASSWORD,
						"Node Patient").status()).isEqualTo(201);
				clients.add(client);
				bodies.add(body);
			}
		}

		List<Integer> statuses = ConcurrentBookingTests.race(clients.size(),
				i -> clients.get(i).post("/api/appointments", bodies.get(i)).status());

		Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
		assertThat(counts).containsEntry(201, (long) slots).containsEntry(409, (long) slots * (perSlotPerNode * 2 - 1));
		var doctorView = clinic.signedIn(portB, doctor.email()).get("/api/appointments");
		assertThat(doctorView.<List<String>>json("$[*].start")).hasSize(slots).doesNotHaveDuplicates();
	}
}
