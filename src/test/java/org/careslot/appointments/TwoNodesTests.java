package org.careslot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import org.careslot.CareSlotApplication;
import org.careslot.notifications.NotificationService;
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
import org.springframework.jdbc.core.simple.JdbcClient;

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

	@Autowired
	org.springframework.context.ApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;
	int portB;

	@BeforeAll
	void startSecondNode() {
		nodeB = new SpringApplicationBuilder(CareSlotApplication.class)
			.properties(Map.of("spring.datasource.url", dataSource.getJdbcUrl(), "spring.datasource.username",
					dataSource.getUsername(), "spring.datasource.password", "", "careslot.demo-data", "false",
					"spring.main.banner-mode", "off"))
			// arguments, because application.yml outranks default properties: a free port on loopback only,
			// and two-factor sign-in optional as on node A (an external database URL would make it required)
			.run("--server.port=0", "--server.address=127.0.0.1", "--careslot.security.require-mfa=false");
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

	@Test
	void messagesDueOnBothNodesAreEachHandedToTheProviderOnce() throws Exception {
		UUID user = UUID.fromString(clinic.patient(port).get("/api/me").json("$.id"));
		JdbcClient jdbc = JdbcClient.create(dataSource);
		int messages = 60;
		for (int i = 0; i < messages; i++) {
			jdbc.sql("""
					INSERT INTO notifications (id, user_id, kind, to_number, message, status, send_after, created_at, updated_at)
					VALUES (gen_random_uuid(), :user, 'BOOKED', '+4915100000000', 'two nodes', 'PENDING', now() - interval '1 minute', now(), now())
					""").param("user", user).update();
		}
		NotificationService a = nodeA.getBean(NotificationService.class);
		NotificationService b = nodeB.getBean(NotificationService.class);

		List<Integer> claimed = ConcurrentBookingTests.race(8, i -> {
			int total = 0;
			for (int round = 0; round < 10; round++) {
				total += (i % 2 == 0 ? a : b).deliverDue();
			}
			return total;
		});

		assertThat(claimed.stream().mapToInt(Integer::intValue).sum()).as("claims across both nodes").isEqualTo(messages);
		var rows = jdbc.sql("SELECT status, attempts, provider_id FROM notifications WHERE user_id = :user")
			.param("user", user)
			.query((rs, n) -> List.of(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.list();
		assertThat(rows).hasSize(messages).allSatisfy(r -> assertThat(r.subList(0, 2)).containsExactly("SENT", 1));
		assertThat(rows.stream().map(r -> r.get(2)).distinct().count()).isEqualTo(messages);
	}
}
