package org.careslot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.spring.JqwikSpringSupport;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.careslot.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random sequences of what patients and a doctor do with bookings — book, confirm, complete, mark a
 * no-show, cancel, reschedule — while the clock runs, through the real API on the shared test
 * context. After every step: the free slots never include the time of an appointment that is not
 * cancelled, the database holds no overlap, and nothing was completed or missed before its time.
 */
@JqwikSpringSupport
@ApiTest
class AppointmentLifecyclePropertyTests {

	/** A doctor open 08:00–18:00 UTC in 30-minute slots; the steps use the first few: slot i starts at 08:00 + 30 i. */
	static final int SLOTS = 8;
	static final int PATIENTS = 3;

	private static final AtomicInteger TRY = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	sealed interface Step {
	}

	record Book(int patient, int slot) implements Step {
	}

	enum Move {
		CONFIRM, COMPLETE, NO_SHOW, CANCEL_BY_DOCTOR, CANCEL_BY_PATIENT,
		/** the doctor's next move for the visit's state: confirm a pending one, complete a confirmed one */
		PROGRESS,
		/** confirm a pending one, mark a confirmed one as a no-show */
		PROGRESS_MISSED
	}

	record Act(int appointment, Move move) implements Step {
	}

	record Reschedule(int appointment, int slot, boolean byDoctor) implements Step {
	}

	record Wait(int minutes) implements Step {
	}

	@AfterTry
	void resetClock() {
		clock.reset();
	}

	@Property(tries = 40, afterFailure = AfterFailureMode.RANDOM_SEED)
	void noStateButCancellationEverFreesAVisitsTime(@ForAll("steps") List<Step> steps, @ForAll("buffers") int buffer) {
		// a day of its own per try, within the doctor's 60-day horizon; the clock starts before opening
		LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2 + TRY.getAndIncrement() % 50);
		Instant opening = day.atTime(8, 0).toInstant(ZoneOffset.UTC);
		clock.advance(Duration.between(clock.instant(), opening.minus(Duration.ofMinutes(10))));

		Clinic.Doctor doctor = clinic.doctor();
		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		assertThat(doctorApi.put("/api/doctors/" + doctor.id() + "/schedule", """
				{"timeZone":"UTC","slotMinutes":30,"bufferMinutes":%d,"minNoticeMinutes":0,"horizonDays":60,"weekly":[%s]}"""
			.formatted(buffer, BookingApiTests.everyDay("08:00", "18:00"))).status()).isEqualTo(200);
		List<ApiClient> patients = new ArrayList<>();
		List<UUID> patientIds = new ArrayList<>();
		for (int i = 0; i < PATIENTS; i++) {
			ApiClient patient = clinic.patient(port);
			patients.add(patient);
			patientIds.add(UUID.fromString(patient.get("/api/me").json("$.id")));
		}
		List<String> booked = new ArrayList<>();
		Map<String, Integer> owner = new HashMap<>();
		java.util.Set<String> cancelled = new java.util.HashSet<>();
		Duration waited = Duration.ZERO;

		for (Step step : steps) {
			if (step instanceof Book b) {
				var response = patients.get(b.patient()).post("/api/appointments",
						BookingApiTests.booking(doctor, start(day, b.slot()).toString()));
				assertThat(response.status()).as(response.body()).isIn(201, 409, 422);
				if (response.status() == 201) {
					booked.add(response.json("$.id"));
					owner.put(response.json("$.id"), b.patient());
				}
			}
			else if (step instanceof Act a && !booked.isEmpty()) {
				// most moves aim at a visit that is still live, or they would rarely meet one
				List<String> live = booked.stream().filter(id -> !cancelled.contains(id)).toList();
				List<String> pool = live.isEmpty() || a.move() == Move.CANCEL_BY_PATIENT ? booked : live;
				String id = pool.get(a.appointment() % pool.size());
				Instant now = clock.instant();
				var current = doctorApi.get("/api/appointments/" + id);
				Instant start = Instant.parse(current.json("$.start"));
				boolean pending = "PENDING".equals(current.json("$.status"));
				Move move = switch (a.move()) {
					case PROGRESS -> pending ? Move.CONFIRM : Move.COMPLETE;
					case PROGRESS_MISSED -> pending ? Move.CONFIRM : Move.NO_SHOW;
					default -> a.move();
				};
				var response = switch (move) {
					case CONFIRM -> doctorApi.post("/api/appointments/" + id + "/confirm", null);
					case COMPLETE -> doctorApi.post("/api/appointments/" + id + "/complete", null);
					case NO_SHOW -> doctorApi.post("/api/appointments/" + id + "/no-show", null);
					case CANCEL_BY_DOCTOR -> doctorApi.post("/api/appointments/" + id + "/cancel", "{}");
					case CANCEL_BY_PATIENT -> patients.get(owner.get(id)).post("/api/appointments/" + id + "/cancel", "{}");
					case PROGRESS, PROGRESS_MISSED -> throw new IllegalStateException();
				};
				assertThat(response.status()).as(move + " " + response.body()).isIn(200, 409);
				if (response.status() == 200 && response.json("$.status").equals("CANCELLED")) {
					cancelled.add(id);
				}
				if (response.status() == 200 && move == Move.COMPLETE) {
					assertThat(now).as("completed only once started").isAfterOrEqualTo(start);
				}
				if (response.status() == 200 && move == Move.NO_SHOW) {
					assertThat(now).as("missed only after the grace period").isAfterOrEqualTo(start.plus(Duration.ofMinutes(10)));
				}
			}
			else if (step instanceof Reschedule r && !booked.isEmpty()) {
				String id = booked.get(r.appointment() % booked.size());
				ApiClient caller = r.byDoctor() ? doctorApi : patients.get(owner.get(id));
				var response = caller.post("/api/appointments/" + id + "/reschedule",
						"{\"start\":\"" + start(day, r.slot()) + "\"}");
				assertThat(response.status()).as(r + " " + response.body()).isIn(200, 409, 422);
			}
			else if (step instanceof Wait w && waited.plusMinutes(w.minutes()).compareTo(Duration.ofHours(11)) < 0) {
				// sessions end 12 hours after sign-in: the whole sequence stays well inside that
				clock.advance(Duration.ofMinutes(w.minutes()));
				waited = waited.plusMinutes(w.minutes());
			}
			assertTimeIsNeverGivenAway(doctor, doctorApi, day, buffer, patientIds);
		}
	}

	private void assertTimeIsNeverGivenAway(Clinic.Doctor doctor, ApiClient anyone, LocalDate day, int buffer,
			List<UUID> patientIds) {
		record Held(String id, String status, Instant start, Instant end, Instant blockedUntil) {
		}
		List<Held> held = jdbc.sql("""
				SELECT id, status, starts_at, ends_at, blocked_until FROM appointments
				WHERE doctor_id = :doctor AND status <> 'CANCELLED'
				""")
			.param("doctor", doctor.view().id())
			.query((rs, n) -> new Held(rs.getString(1), rs.getString(2), rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
					rs.getObject(4, java.time.OffsetDateTime.class).toInstant(),
					rs.getObject(5, java.time.OffsetDateTime.class).toInstant()))
			.list();
		List<String> free = anyone.get("/api/doctors/" + doctor.id() + "/slots?from=" + day + "&to=" + day).json("$[*].start");
		for (String slot : free) {
			// a free slot is one the database would accept: clear of every held visit and its buffer
			Instant s = Instant.parse(slot);
			Instant e = s.plus(Duration.ofMinutes(30 + buffer));
			assertThat(held).as("free slot %s", slot).noneMatch(h -> s.isBefore(h.blockedUntil()) && h.start().isBefore(e));
		}
		for (Held a : held) {
			for (Held b : held) {
				if (!a.id().equals(b.id())) {
					assertThat(a.start().isBefore(b.blockedUntil()) && b.start().isBefore(a.blockedUntil()))
						.as("%s overlaps %s", a, b).isFalse();
				}
			}
		}
		long patientOverlaps = jdbc.sql("""
				SELECT count(*) FROM appointments x JOIN appointments y ON x.id < y.id AND x.patient_id = y.patient_id
				WHERE x.patient_id IN (:patients) AND x.status <> 'CANCELLED' AND y.status <> 'CANCELLED'
				  AND tstzrange(x.starts_at, x.ends_at, '[)') && tstzrange(y.starts_at, y.ends_at, '[)')
				""")
			.param("patients", patientIds)
			.query(Long.class)
			.single();
		assertThat(patientOverlaps).isZero();
	}

	private static Instant start(LocalDate day, int slot) {
		return day.atTime(8, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(30L * slot));
	}

	@Provide
	Arbitrary<Integer> buffers() {
		return Arbitraries.of(0, 10);
	}

	@Provide
	Arbitrary<List<Step>> steps() {
		Arbitrary<Step> book = Combinators.combine(Arbitraries.integers().between(0, PATIENTS - 1),
				Arbitraries.integers().between(0, SLOTS - 1)).as(Book::new);
		Arbitrary<Step> act = Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.of(Move.class))
			.as(Act::new);
		Arbitrary<Step> reschedule = Combinators.combine(Arbitraries.integers().between(0, 9),
				Arbitraries.integers().between(0, SLOTS - 1), Arbitraries.of(true, false)).as(Reschedule::new);
		Arbitrary<Step> wait = Arbitraries.of(5, 10, 20, 30, 45, 60, 90).map(Wait::new);
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, book), net.jqwik.api.Tuple.of(6, act),
				net.jqwik.api.Tuple.of(2, reschedule), net.jqwik.api.Tuple.of(3, wait))
			.list()
			.ofMinSize(4)
			.ofMaxSize(25);
	}
}
