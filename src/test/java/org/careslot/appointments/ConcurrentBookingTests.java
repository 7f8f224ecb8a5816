package org.careslot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many requests racing for one slot: the database lets exactly one win and nothing breaks. */
@ApiTest
class ConcurrentBookingTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twoHundredPatientsRaceForOneSlotExactlyOneWins() throws Exception {
		Clinic.Doctor doctor = clinic.doctor();
		List<ApiClient> patients = inParallel(200, 8, i -> clinic.patient(port));
		String body = BookingApiTests.booking(doctor, BookingApiTests.slot(14, 11, 0));
		patients.forEach(p -> p.withCsrf(java.net.http.HttpRequest.newBuilder(p.uri("/")))); // fetch tokens up front

		long deadlocksBefore = deadlocks();
		List<Integer> statuses = race(patients.size(), i -> patients.get(i).post("/api/appointments", body).status());

		Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
		assertThat(counts).containsEntry(201, 1L).containsEntry(409, 199L).hasSize(2);
		// racing inserts on one doctor's calendar queue up instead of deadlocking (each deadlock
		// costs a second of deadlock_timeout and a retry)
		assertThat(deadlocks()).isEqualTo(deadlocksBefore);
		var slots = new ApiClient(port).get("/api/doctors/" + doctor.id() + "/slots?from="
				+ BookingApiTests.slot(14, 11, 0).substring(0, 10) + "&to=" + BookingApiTests.slot(14, 11, 0).substring(0, 10));
		assertThat(slots.<List<String>>json("$[*].start")).doesNotContain(BookingApiTests.slot(14, 11, 0));
	}

	@Test
	void concurrentReschedulesIntoOneSlotMoveExactlyOneBooking() throws Exception {
		Clinic.Doctor doctor = clinic.doctor();
		int n = 20;
		List<ApiClient> patients = inParallel(n, 8, i -> clinic.patient(port));
		List<String> ids = new ArrayList<>();
		List<String> originals = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String start = BookingApiTests.slot(15, 8 + i / 2, (i % 2) * 30);
			originals.add(start);
			ids.add(patients.get(i).post("/api/appointments", BookingApiTests.booking(doctor, start)).json("$.id"));
		}
		String target = BookingApiTests.slot(15, 18 - 1, 30);

		List<Integer> statuses = race(n, i -> patients.get(i)
			.post("/api/appointments/" + ids.get(i) + "/reschedule", "{\"start\":\"" + target + "\"}")
			.status());

		assertThat(statuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
		for (int i = 0; i < n; i++) {
			String start = patients.get(i).get("/api/appointments/" + ids.get(i)).json("$.start");
			assertThat(start).isIn(originals.get(i), target);
			assertThat(patients.get(i).get("/api/appointments/" + ids.get(i)).<String>json("$.status")).isEqualTo("PENDING");
		}
	}

	/** PostgreSQL's count of deadlocks it broke in this database, once its statistics have caught up. */
	private long deadlocks() throws InterruptedException {
		Thread.sleep(700); // backends report statistics at most every 500 ms
		jdbc.sql("SELECT pg_stat_clear_snapshot()").query(Object.class).optional();
		return jdbc.sql("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()").query(Long.class).single();
	}

	/** Runs all calls at once behind a start gate. */
	static List<Integer> race(int n, Function<Integer, Integer> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		try {
			CountDownLatch gate = new CountDownLatch(1);
			List<Future<Integer>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				int index = i;
				futures.add(pool.submit(() -> {
					gate.await();
					return call.apply(index);
				}));
			}
			gate.countDown();
			List<Integer> out = new ArrayList<>();
			for (Future<Integer> f : futures) {
				out.add(f.get());
			}
			return out;
		}
		finally {
			pool.shutdownNow();
		}
	}

	static <T> List<T> inParallel(int n, int threads, Function<Integer, T> make) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Callable<T>> tasks = IntStream.range(0, n).<Callable<T>>mapToObj(i -> () -> make.apply(i)).toList();
			List<T> out = new ArrayList<>();
			for (Future<T> f : pool.invokeAll(tasks)) {
				out.add(f.get());
			}
			return out;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
