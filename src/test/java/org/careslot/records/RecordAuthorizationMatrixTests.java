package org.careslot.records;

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
 * Every record endpoint against every kind of caller, after the probe's findings: a doctor with only
 * a booking request sees nothing clinical, a doctor with a confirmed visit reads and writes, nobody
 * marks another author's entry, note versions follow the record. Expected answers, not just "some
 * access": a cell names the exact status.
 */
@ApiTest
class RecordAuthorizationMatrixTests {

	enum Actor {
		ANONYMOUS, PATIENT, OTHER_PATIENT, DOCTOR_REQUESTED, DOCTOR_CONFIRMED, OTHER_DOCTOR, ADMIN, ADMIN_BREAK_GLASS
	}

	/** The record under test, built afresh for each cell so no call changes what the next one sees. */
	record Fixture(String patientId, String patientsEntry, String doctorsEntry, String noteId) {
	}

	record Endpoint(String name, Function<Call, ApiClient.Response> call, Map<Actor, Integer> expected) {
	}

	record Call(ApiClient api, Fixture f) {
	}

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	private static final AtomicInteger DAY = new AtomicInteger();

	static Map<Actor, Integer> answers(int patient, int requested, int confirmed, int breakGlass) {
		return Map.of(Actor.ANONYMOUS, 401, Actor.PATIENT, patient, Actor.OTHER_PATIENT, 404, Actor.DOCTOR_REQUESTED, requested,
				Actor.DOCTOR_CONFIRMED, confirmed, Actor.OTHER_DOCTOR, 404, Actor.ADMIN, 404, Actor.ADMIN_BREAK_GLASS, breakGlass);
	}

	static final List<Endpoint> ENDPOINTS = List.of(
			new Endpoint("GET record", c -> c.api().get("/api/patients/" + c.f().patientId() + "/record"), answers(200, 404, 200, 200)),
			new Endpoint("POST entry", c -> c.api().post("/api/patients/" + c.f().patientId() + "/entries",
					"{\"kind\":\"ALLERGY\",\"text\":\"Nuts\"}"), answers(201, 404, 201, 403)),
			new Endpoint("mark the patient's entry", c -> c.api().post("/api/patients/" + c.f().patientId() + "/entries/"
					+ c.f().patientsEntry() + "/entered-in-error", null), answers(200, 404, 403, 403)),
			new Endpoint("mark the doctor's entry", c -> c.api().post("/api/patients/" + c.f().patientId() + "/entries/"
					+ c.f().doctorsEntry() + "/entered-in-error", null), answers(403, 404, 200, 403)),
			new Endpoint("DELETE the doctor's entry", c -> c.api().delete("/api/patients/" + c.f().patientId() + "/entries/"
					+ c.f().doctorsEntry()), answers(403, 404, 200, 403)),
			new Endpoint("GET note versions", c -> c.api().get("/api/notes/" + c.f().noteId() + "/versions"), answers(200, 404, 200, 200)),
			new Endpoint("PUT note", c -> c.api().put("/api/notes/" + c.f().noteId(), "{\"body\":\"Changed\"}"),
					answers(404, 404, 200, 404)),
			new Endpoint("GET access log", c -> c.api().get("/api/patients/" + c.f().patientId() + "/access-log"),
					answers(200, 404, 404, 404)));

	@Test
	void everyRecordEndpointAnswersEveryCallerExactlyAsDesigned() {
		Clinic.Doctor requested = clinic.doctor();
		Clinic.Doctor confirmed = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String patientId = patient.get("/api/me").json("$.id");
		ApiClient confirmedApi = clinic.signedIn(port, confirmed.email());
		Map<Actor, ApiClient> callers = Map.of(Actor.ANONYMOUS, new ApiClient(port), Actor.PATIENT, patient, Actor.OTHER_PATIENT,
				clinic.patient(port), Actor.DOCTOR_REQUESTED, clinic.signedIn(port, requested.email()), Actor.DOCTOR_CONFIRMED,
				confirmedApi, Actor.OTHER_DOCTOR, clinic.signedIn(port, clinic.doctor().email()), Actor.ADMIN, clinic.admin(port),
				Actor.ADMIN_BREAK_GLASS, clinic.admin(port).header("X-Break-Glass-Reason", "Emergency: patient unconscious in A&E"));
		// the confirmed doctor's visit (which opens the record) and a note on it
		String visit = book(patient, confirmed);
		confirmedApi.post("/api/appointments/" + visit + "/confirm", null);
		String note = confirmedApi.post("/api/appointments/" + visit + "/notes", "{\"body\":\"Seen\"}").json("$.id");
		book(patient, requested); // only a request

		List<String> wrong = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (Actor actor : Actor.values()) {
				Fixture f = new Fixture(patientId,
						patient.post("/api/patients/" + patientId + "/entries", "{\"kind\":\"ALLERGY\",\"text\":\"Pollen\"}").json("$.id"),
						confirmedApi.post("/api/patients/" + patientId + "/entries", "{\"kind\":\"MEDICATION\",\"text\":\"X 5 mg\"}").json("$.id"),
						note);
				var response = endpoint.call().apply(new Call(callers.get(actor), f));
				int expected = endpoint.expected().get(actor);
				if (response.status() != expected) {
					wrong.add(endpoint.name() + " as " + actor + " → " + response.status() + " (expected " + expected + ") "
							+ response.body());
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private String book(ApiClient patient, Clinic.Doctor doctor) {
		String start = LocalDate.now(ZoneOffset.UTC).plusDays(3 + DAY.getAndIncrement() % 20).atTime(9, 0)
			.toInstant(ZoneOffset.UTC).toString();
		var booked = patient.post("/api/appointments", "{\"doctorId\":\"%s\",\"start\":\"%s\"}".formatted(doctor.id(), start));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		return booked.json("$.id");
	}
}
