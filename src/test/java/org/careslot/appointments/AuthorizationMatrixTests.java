package org.careslot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every appointment and schedule endpoint against every kind of caller. Other people's objects
 * answer 404 (never 403) so ids cannot be probed; signed-out callers get 401.
 */
@ApiTest
class AuthorizationMatrixTests {

	enum Actor {
		ANONYMOUS, PATIENT, OTHER_PATIENT, DOCTOR, OTHER_DOCTOR, ADMIN
	}

	/** allowed: not 401/403/404 (a 409 for an illegal move from this state still proves access). */
	record Endpoint(String name, Function<Fixture, ApiClient.Response> call, List<Actor> allowed) {
	}

	record Fixture(ApiClient api, String appointmentId, String doctorId, String slotDate) {
	}

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	private static final AtomicInteger HOUR = new AtomicInteger();

	static final List<Actor> PARTICIPANTS = List.of(Actor.PATIENT, Actor.DOCTOR, Actor.ADMIN);
	static final List<Actor> STAFF = List.of(Actor.DOCTOR, Actor.ADMIN);
	static final List<Actor> SIGNED_IN = List.of(Actor.PATIENT, Actor.OTHER_PATIENT, Actor.DOCTOR, Actor.OTHER_DOCTOR, Actor.ADMIN);
	static final List<Actor> EVERYONE = List.of(Actor.values());

	static final List<Endpoint> ENDPOINTS = List.of(
			new Endpoint("GET appointment", f -> f.api().get("/api/appointments/" + f.appointmentId()), PARTICIPANTS),
			new Endpoint("GET calendar.ics", f -> f.api().get("/api/appointments/" + f.appointmentId() + "/calendar.ics"), PARTICIPANTS),
			new Endpoint("POST reschedule", f -> f.api().post("/api/appointments/" + f.appointmentId() + "/reschedule",
					"{\"start\":\"" + f.slotDate() + "T17:30:00Z\"}"), PARTICIPANTS),
			new Endpoint("POST cancel", f -> f.api().post("/api/appointments/" + f.appointmentId() + "/cancel", "{}"), PARTICIPANTS),
			new Endpoint("POST confirm", f -> f.api().post("/api/appointments/" + f.appointmentId() + "/confirm", null), STAFF),
			new Endpoint("POST complete", f -> f.api().post("/api/appointments/" + f.appointmentId() + "/complete", null), STAFF),
			new Endpoint("POST no-show", f -> f.api().post("/api/appointments/" + f.appointmentId() + "/no-show", null), STAFF),
			new Endpoint("GET appointments", f -> f.api().get("/api/appointments"), SIGNED_IN),
			new Endpoint("GET slots", f -> f.api().get("/api/doctors/" + f.doctorId() + "/slots?from=" + f.slotDate() + "&to=" + f.slotDate()), EVERYONE),
			new Endpoint("GET schedule", f -> f.api().get("/api/doctors/" + f.doctorId() + "/schedule"), STAFF),
			new Endpoint("PUT schedule", f -> f.api().put("/api/doctors/" + f.doctorId() + "/schedule",
					"{\"timeZone\":\"UTC\",\"slotMinutes\":30,\"minNoticeMinutes\":0,\"weekly\":[" + BookingApiTests.everyDay("08:00", "18:00") + "]}"), STAFF),
			new Endpoint("POST time-off", f -> f.api().post("/api/doctors/" + f.doctorId() + "/time-off",
					"{\"start\":\"" + f.slotDate() + "T06:00:00Z\",\"end\":\"" + f.slotDate() + "T07:00:00Z\"}"), STAFF),
			new Endpoint("PUT override", f -> f.api().put("/api/doctors/" + f.doctorId() + "/overrides/" + LocalDate.parse(f.slotDate()).plusDays(40),
					"{\"hours\":[]}"), STAFF),
			new Endpoint("GET admin doctors", f -> f.api().get("/api/admin/doctors"), List.of(Actor.ADMIN)),
			new Endpoint("POST admin doctors", f -> f.api().post("/api/admin/doctors", "{}"), List.of(Actor.ADMIN)),
			new Endpoint("GET admin refunds outstanding", f -> f.api().get("/api/admin/refunds/outstanding"), List.of(Actor.ADMIN)));

	@Test
	void everyEndpointAnswersEveryCallerAsDesigned() {
		List<String> wrong = new ArrayList<>();
		Clinic.Doctor doctor = clinic.doctor();
		Clinic.Doctor otherDoctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		Map<Actor, ApiClient> callers = Map.of(Actor.ANONYMOUS, new ApiClient(port), Actor.PATIENT, patient,
				Actor.OTHER_PATIENT, clinic.patient(port), Actor.DOCTOR, clinic.signedIn(port, doctor.email()),
				Actor.OTHER_DOCTOR, clinic.signedIn(port, otherDoctor.email()), Actor.ADMIN, clinic.admin(port));
		for (Endpoint endpoint : ENDPOINTS) {
			for (Actor actor : Actor.values()) {
				// a fresh appointment per cell so one call cannot change what the next one sees
				int n = HOUR.getAndIncrement();
				String date = LocalDate.now(ZoneOffset.UTC).plusDays(3 + n % 20).toString();
				String start = date + "T" + String.format("%02d", 8 + n % 9) + ":00:00Z";
				var booked = patient.post("/api/appointments", BookingApiTests.booking(doctor, start));
				assertThat(booked.status()).as(booked.body()).isEqualTo(201);
				var response = endpoint.call().apply(new Fixture(callers.get(actor), booked.json("$.id"), doctor.id(), date));
				int status = response.status();
				boolean ok;
				if (endpoint.allowed().contains(actor)) {
					ok = status != 401 && status != 403 && status != 404 && status < 500;
				}
				else if (actor == Actor.ANONYMOUS) {
					ok = status == 401;
				}
				else {
					ok = status == 404 || (endpoint.name().contains("admin") && status == 403);
				}
				if (!ok) {
					wrong.add(endpoint.name() + " as " + actor + " → " + status + " " + response.body());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}
}
