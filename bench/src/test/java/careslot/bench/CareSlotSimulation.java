package careslot.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.rendezVous;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * CareSlot under load, in one run: booking throughput against the raw-SQL baseline, slot and
 * directory latencies over 1,000 doctors, and 200 patients racing for one slot.
 */
public class CareSlotSimulation extends Simulation {

	static final String BASE = System.getProperty("bench.url", "http://127.0.0.1:18080");
	static final int BOOKERS = Integer.getInteger("bench.bookers", 8);
	static final int READERS = Integer.getInteger("bench.readers", 4);
	/** Arrivals per second for the steady-rate slots phase. */
	static final int SLOT_RATE = Integer.getInteger("bench.slot-rate", 50);
	/** Signed-in patients the bookers act for; also the number racing for the hot slot. */
	static final int SESSIONS = 200;
	static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("bench.seconds", 30));
	/** JIT warm-up before anything is measured: a freshly started JVM runs interpreted code. */
	static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("bench.warmup", 30));

	static final List<UUID> DOCTORS;
	static final List<UUID> PATIENTS;
	static final double BASELINE;
	static final String HOT_DOCTOR;
	static final String HOT_START = LocalDate.now(ZoneOffset.UTC).plusDays(75).atTime(9, 0).toInstant(ZoneOffset.UTC).toString();

	static {
		try {
			BenchDatabase.seed();
			DOCTORS = BenchDatabase.ids("SELECT id FROM doctors WHERE full_name LIKE 'Dr. Bench %' ORDER BY id");
			PATIENTS = BenchDatabase.ids("SELECT id FROM users WHERE email LIKE 'bench-pt-%' ORDER BY id");
			HOT_DOCTOR = DOCTORS.get(0).toString();
			BASELINE = BenchDatabase.rawInsertRate(DOCTORS, PATIENTS, BOOKERS, PHASE.toMillis());
		}
		catch (Exception ex) {
			throw new IllegalStateException("Benchmark set-up failed; is CareSlot running with CARESLOT_DB_PORT?", ex);
		}
	}

	HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.acceptHeader("application/json")
		.contentTypeHeader("application/json")
		.shareConnections();

	/** Signed-in patients (session cookie, CSRF token), collected once so sign-in is not what is measured. */
	static final List<String[]> SIGNED_IN = new CopyOnWriteArrayList<>();

	static Iterator<Map<String, Object>> patients(int from) {
		AtomicInteger next = new AtomicInteger(from);
		Supplier<Map<String, Object>> one = () -> Map.of("email", "bench-pt-" + next.getAndIncrement() + "@bench.test");
		return Stream.generate(one).iterator();
	}

	static ChainBuilder signIn = exec(flushCookieJar())
		.exec(http("csrf").get("/api/me").check(status().in(200, 401)))
		.exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
		.exec(http("sign in").post("/api/auth/login")
			.header("X-XSRF-TOKEN", "#{xsrf}")
			.body(StringBody("{\"email\":\"#{email}\",\"password\":\"" + BenchDatabase.PASSWORD + "\"}"))
			.check(status().is(200)))
		.exec(getCookieValue(CookieKey("XSRF-TOKEN").saveAs("xsrf")))
		.exec(getCookieValue(CookieKey("SESSION").saveAs("sid")))
		.exec(session -> {
			SIGNED_IN.add(new String[] { session.getString("sid"), session.getString("xsrf") });
			return session;
		});

	/** Each request as a random one of the signed-in patients, like the baseline's random patients. */
	static ChainBuilder asRandomPatient = exec(flushCookieJar()).exec(session -> {
		String[] patient = SIGNED_IN.get(ThreadLocalRandom.current().nextInt(SIGNED_IN.size()));
		return session.set("cookie", "SESSION=" + patient[0] + "; XSRF-TOKEN=" + patient[1]).set("xsrf", patient[1]);
	});

	static ChainBuilder bookings(Duration duration, String reason) {
		return during(duration).on(exec(asRandomPatient).exec(session -> session
			.set("doctor", DOCTORS.get(ThreadLocalRandom.current().nextInt(DOCTORS.size())).toString())
			.set("start", BenchDatabase.randomSlot().toString()))
			.exec(http("book").post("/api/appointments")
				.header("Cookie", "#{cookie}")
				.header("X-XSRF-TOKEN", "#{xsrf}")
				.body(StringBody("{\"doctorId\":\"#{doctor}\",\"start\":\"#{start}\",\"reason\":\"" + reason + "\"}"))
				.check(status().in(201, 409))));
	}

	static ChainBuilder slotReads(Duration duration) {
		return during(duration).on(exec(session -> {
			LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(1 + ThreadLocalRandom.current().nextInt(50));
			return session.set("doctor", DOCTORS.get(ThreadLocalRandom.current().nextInt(DOCTORS.size())).toString())
				.set("from", from.toString())
				.set("to", from.plusDays(6).toString());
		}).exec(http("slots 7 days").get("/api/doctors/#{doctor}/slots?from=#{from}&to=#{to}").check(status().is(200))));
	}

	static ChainBuilder searches(Duration duration) {
		return during(duration).on(exec(session -> session
			.set("page", ThreadLocalRandom.current().nextInt(50))
			.set("specialty", List.of("", "Cardiology", "Dermatology", "Pediatrics").get(ThreadLocalRandom.current().nextInt(4))))
			.exec(http("search with next free slot").get("/api/doctors?page=#{page}&size=20&specialty=#{specialty}")
				.check(status().is(200))));
	}

	ScenarioBuilder signInAll = scenario("sign-in").repeat(SESSIONS / BOOKERS).on(feed(patients(1)).exec(signIn));

	ScenarioBuilder warmUp = scenario("warm-up")
		.exec(group("warm-up").on(bookings(WARM_UP, "warmup"), slotReads(WARM_UP.dividedBy(3)), searches(WARM_UP.dividedBy(3))));

	ScenarioBuilder booking = scenario("booking").exec(bookings(PHASE, "bench"));

	ScenarioBuilder slots = scenario("slots").exec(slotReads(PHASE));

	ScenarioBuilder search = scenario("search").exec(searches(PHASE));

	/** Slots at a steady arrival rate (open model): latency at a load the machine can carry. */
	ScenarioBuilder slotsAtRate = scenario("slots at a steady rate").exec(session -> {
		LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(1 + ThreadLocalRandom.current().nextInt(50));
		return session.set("doctor", DOCTORS.get(ThreadLocalRandom.current().nextInt(DOCTORS.size())).toString())
			.set("from", from.toString())
			.set("to", from.plusDays(6).toString());
	}).exec(http("slots 7 days at " + SLOT_RATE + "/s").get("/api/doctors/#{doctor}/slots?from=#{from}&to=#{to}")
		.check(status().is(200)));

	/** 200 different patients, released together on one slot. */
	ScenarioBuilder hotSlot = scenario("hot slot").exec(session -> {
		String[] patient = SIGNED_IN.get((int) (session.userId() % SIGNED_IN.size()));
		return session.set("cookie", "SESSION=" + patient[0] + "; XSRF-TOKEN=" + patient[1]).set("xsrf", patient[1]);
	})
		.exec(rendezVous(SESSIONS))
		.exec(http("hot slot").post("/api/appointments")
			.header("Cookie", "#{cookie}")
			.header("X-XSRF-TOKEN", "#{xsrf}")
			.body(StringBody("{\"doctorId\":\"" + HOT_DOCTOR + "\",\"start\":\"" + HOT_START + "\"}"))
			.check(status().in(201, 409)));

	{
		setUp(signInAll.injectOpen(atOnceUsers(BOOKERS))
			.andThen(warmUp.injectOpen(atOnceUsers(BOOKERS)))
			.andThen(booking.injectOpen(atOnceUsers(BOOKERS)))
			.andThen(slots.injectOpen(atOnceUsers(READERS)))
			.andThen(slotsAtRate.injectOpen(constantUsersPerSec(SLOT_RATE).during(PHASE)))
			.andThen(search.injectOpen(atOnceUsers(READERS)))
			.andThen(hotSlot.injectOpen(atOnceUsers(SESSIONS))))
			.protocols(protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

	@Override
	public void after() {
		try {
			long booked = BenchDatabase.count("SELECT count(*) FROM appointments WHERE reason = 'bench'");
			long hot = BenchDatabase.count("SELECT count(*) FROM appointments WHERE doctor_id = '" + HOT_DOCTOR
					+ "' AND starts_at = '" + HOT_START + "'");
			long doubles = BenchDatabase.count("""
					SELECT count(*) FROM appointments a JOIN appointments b ON a.doctor_id = b.doctor_id AND a.id < b.id
					 AND a.status IN ('PENDING','CONFIRMED') AND b.status IN ('PENDING','CONFIRMED')
					 AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at)""");
			double rate = booked * 1000.0 / PHASE.toMillis();
			System.out.printf("RESULT baseline_inserts_per_s=%.1f%n", BASELINE);
			System.out.printf("RESULT http_bookings_per_s=%.1f%n", rate);
			System.out.printf("RESULT ratio_percent=%.1f%n", 100 * rate / BASELINE);
			System.out.printf("RESULT hot_slot_winners=%d%n", hot);
			System.out.printf("RESULT double_bookings=%d%n", doubles);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
