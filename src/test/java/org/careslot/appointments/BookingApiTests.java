package org.careslot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.careslot.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class BookingApiTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	MutableClock clock;

	@Autowired
	AppointmentService appointments;

	@Autowired
	AppointmentViews views;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** A slot start on the doctor's grid (UTC doctor, 08:00–18:00, 30 minutes), days ahead. */
	static String slot(int daysAhead, int hour, int minute) {
		return LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead).atTime(hour, minute).toInstant(ZoneOffset.UTC).toString();
	}

	static String booking(Clinic.Doctor doctor, String start) {
		return """
				{"doctorId":"%s","start":"%s","reason":"Persistent cough","visitType":"VIDEO"}""".formatted(doctor.id(), start);
	}

	@Test
	void aPatientBooksAndTheDoctorRunsTheVisit() {
		String start = slot(3, 9, 0);
		// an hour before the visit, so every session here outlives the wait for it to start
		clock.advance(Duration.between(clock.instant(), Instant.parse(start).minus(Duration.ofHours(1))));
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);

		var booked = patient.post("/api/appointments", booking(doctor, start));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		assertThat(booked.<String>json("$.status")).isEqualTo("PENDING");
		assertThat(booked.<String>json("$.paymentStatus")).isEqualTo("UNPAID");
		assertThat(booked.<String>json("$.visitType")).isEqualTo("VIDEO");
		assertThat(booked.<String>json("$.end")).isEqualTo(Instant.parse(start).plus(Duration.ofMinutes(30)).toString());
		String id = booked.json("$.id");

		assertThat(patient.get("/api/appointments").<List<String>>json("$[*].id")).containsExactly(id);
		assertThat(clinic.patient(port).get("/api/appointments").<List<String>>json("$[*].id")).doesNotContain(id);
		assertThat(patient.get("/api/doctors/" + doctor.id() + "/slots?from=" + start.substring(0, 10) + "&to="
				+ start.substring(0, 10)).<List<String>>json("$[*].start")).doesNotContain(start);

		ApiClient admin = clinic.admin(port);
		assertThat(admin.get("/api/appointments?doctorId=" + doctor.id()).<List<String>>json("$[*].id")).containsExactly(id);
		assertThat(admin.get("/api/appointments?doctorId=" + clinic.doctor().id()).<List<String>>json("$")).isEmpty();

		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		assertThat(doctorApi.get("/api/appointments?status=PENDING").<List<String>>json("$[*].id")).containsExactly(id);
		assertThat(doctorApi.post("/api/appointments/" + id + "/complete", null).status()).as("not confirmed yet").isEqualTo(409);
		assertThat(doctorApi.post("/api/appointments/" + id + "/confirm", null).<String>json("$.status")).isEqualTo("CONFIRMED");
		assertThat(doctorApi.post("/api/appointments/" + id + "/confirm", null).status()).isEqualTo(409);
		assertThat(doctorApi.post("/api/appointments/" + id + "/no-show", null).status()).as("not started yet").isEqualTo(409);
		var early = doctorApi.post("/api/appointments/" + id + "/complete", null);
		assertThat(early.status()).as("not started yet").isEqualTo(409);
		assertThat(early.<String>json("$.detail")).contains("once it has started");

		clock.advance(Duration.ofMinutes(65));
		assertThat(doctorApi.post("/api/appointments/" + id + "/complete", null).<String>json("$.status")).isEqualTo("COMPLETED");
		assertThat(patient.post("/api/appointments/" + id + "/cancel", "{}").status()).isEqualTo(409);
		assertThat(patient.get("/api/appointments/" + id).<String>json("$.status")).isEqualTo("COMPLETED");
	}

	/**
	 * The double booking a newcomer found: the doctor confirmed and completed (or marked missed) a
	 * visit days ahead, its time came back into the directory and a second patient booked it.
	 */
	@Test
	void aVisitStillToComeCannotBeCompletedOrMissedAndItsTimeIsNeverOfferedAgain() {
		String start = slot(2, 11, 0);
		clock.advance(Duration.between(clock.instant(), Instant.parse(start).minus(Duration.ofHours(3))));
		Clinic.Doctor doctor = clinic.doctor();
		String day = start.substring(0, 10);
		String id = clinic.patient(port).post("/api/appointments", booking(doctor, start)).json("$.id");
		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		assertThat(doctorApi.post("/api/appointments/" + id + "/confirm", null).status()).isEqualTo(200);

		var complete = doctorApi.post("/api/appointments/" + id + "/complete", null);
		assertThat(complete.status()).isEqualTo(409);
		assertThat(complete.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		var noShow = doctorApi.post("/api/appointments/" + id + "/no-show", null);
		assertThat(noShow.status()).isEqualTo(409);
		assertThat(noShow.<String>json("$.detail")).contains("10 minutes after");
		assertThat(doctorApi.get("/api/appointments/" + id).<String>json("$.status")).isEqualTo("CONFIRMED");

		ApiClient second = clinic.patient(port);
		assertThat(second.get("/api/doctors/" + doctor.id() + "/slots?from=" + day + "&to=" + day)
			.<List<String>>json("$[*].start")).doesNotContain(start);
		assertThat(second.post("/api/appointments", booking(doctor, start)).status()).isEqualTo(409);

		// once the visit has started: completing is allowed, a no-show only after the grace period
		clock.advance(Duration.ofMinutes(181));
		assertThat(doctorApi.post("/api/appointments/" + id + "/no-show", null).status()).isEqualTo(409);
		clock.advance(Duration.ofMinutes(10));
		assertThat(doctorApi.post("/api/appointments/" + id + "/no-show", null).<String>json("$.status")).isEqualTo("NO_SHOW");
		assertThat(views.freeSlots(doctor.view().id(), LocalDate.parse(day), LocalDate.parse(day)))
			.noneMatch(s -> s.start().equals(Instant.parse(start)));
	}

	@Test
	void aTakenSlotIsA409AndAPatientCannotBeInTwoPlacesAtOnce() {
		Clinic.Doctor doctor = clinic.doctor();
		String start = slot(4, 10, 0);
		assertThat(clinic.patient(port).post("/api/appointments", booking(doctor, start)).status()).isEqualTo(201);

		var taken = clinic.patient(port).post("/api/appointments", booking(doctor, start));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.<String>json("$.detail")).contains("taken");

		ApiClient patient = clinic.patient(port);
		assertThat(patient.post("/api/appointments", booking(clinic.doctor(), start)).status()).isEqualTo(201);
		var elsewhere = patient.post("/api/appointments", booking(clinic.doctor(), start));
		assertThat(elsewhere.status()).isEqualTo(409);
		assertThat(elsewhere.<String>json("$.detail")).contains("already have an appointment");
	}

	@Test
	void timesThatAreNotBookableSlotsAre422() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		ApiClient admin = clinic.admin(port);
		String offTime = slot(5, 12, 0);
		admin.post("/api/doctors/" + doctor.id() + "/time-off", """
				{"start":"%s","end":"%s","reason":"Conference"}""".formatted(offTime,
				Instant.parse(offTime).plus(Duration.ofHours(2))));

		for (String start : List.of(slot(5, 9, 10), slot(5, 19, 0), slot(5, 7, 30), slot(-1, 9, 0), slot(70, 9, 0),
				offTime)) {
			var response = patient.post("/api/appointments", booking(doctor, start));
			assertThat(response.status()).as(start + " " + response.body()).isEqualTo(422);
		}
		var missingDoctor = patient.post("/api/appointments", """
				{"doctorId":"%s","start":"%s"}""".formatted(java.util.UUID.randomUUID(), slot(5, 9, 0)));
		assertThat(missingDoctor.status()).isEqualTo(404);
		var noStart = patient.post("/api/appointments", """
				{"doctorId":"%s"}""".formatted(doctor.id()));
		assertThat(noStart.status()).isEqualTo(400);
		assertThat(noStart.<List<String>>json("$.errors[*].field")).containsExactly("start");
	}

	@Test
	void minimumNoticeIsEnforced() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient admin = clinic.admin(port);
		var put = admin.put("/api/doctors/" + doctor.id() + "/schedule", """
				{"timeZone":"UTC","slotMinutes":30,"minNoticeMinutes":2880,"horizonDays":30,
				 "weekly":[%s]}""".formatted(everyDay("08:00", "18:00")));
		assertThat(put.status()).as(put.body()).isEqualTo(200);
		ApiClient patient = clinic.patient(port);
		assertThat(patient.post("/api/appointments", booking(doctor, slot(1, 17, 0))).status()).isEqualTo(422);
		assertThat(patient.post("/api/appointments", booking(doctor, slot(3, 9, 0))).status()).isEqualTo(201);
	}

	@Test
	void anIdempotencyKeyReplaysTheSameBookingAndRefusesAnotherBody() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String key = java.util.UUID.randomUUID().toString();
		var first = patient.send(patient.withCsrf(bookingRequest(patient, booking(doctor, slot(6, 9, 0)), key)));
		var again = patient.send(patient.withCsrf(bookingRequest(patient, booking(doctor, slot(6, 9, 0)), key)));
		assertThat(first.status()).isEqualTo(201);
		assertThat(again.status()).isEqualTo(201);
		assertThat(again.<String>json("$.id")).isEqualTo(first.<String>json("$.id"));
		assertThat(again.header("Idempotent-Replayed")).contains("true");
		assertThat(patient.get("/api/appointments").<List<String>>json("$[*].id")).hasSize(1);

		var other = patient.send(patient.withCsrf(bookingRequest(patient, booking(doctor, slot(6, 10, 0)), key)));
		assertThat(other.status()).isEqualTo(422);
	}

	@Test
	void patientsMustCancelOrRescheduleBeforeTheCutoffDoctorsMayAlways() {
		String start = slot(1, 8, 0);
		clock.advance(Duration.between(Instant.now(), Instant.parse(start)).minus(Duration.ofHours(3)));
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		var booked = patient.post("/api/appointments", booking(doctor, start));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		String id = booked.json("$.id");

		var cancel = patient.post("/api/appointments/" + id + "/cancel", "{\"reason\":\"Feeling better\"}");
		assertThat(cancel.status()).isEqualTo(409);
		assertThat(cancel.<String>json("$.detail")).contains("24 hours");
		assertThat(patient.post("/api/appointments/" + id + "/reschedule", "{\"start\":\"" + slot(9, 9, 0) + "\"}").status())
			.isEqualTo(409);

		var byDoctor = clinic.signedIn(port, doctor.email()).post("/api/appointments/" + id + "/cancel",
				"{\"reason\":\"Doctor is ill\"}");
		assertThat(byDoctor.status()).isEqualTo(200);
		assertThat(byDoctor.<String>json("$.status")).isEqualTo("CANCELLED");
		assertThat(byDoctor.<String>json("$.cancelledBy")).isEqualTo("DOCTOR");
		assertThat(byDoctor.<String>json("$.cancelReason")).isEqualTo("Doctor is ill");
	}

	@Test
	void rescheduleMovesAtomicallyAndFreesTheOldSlot() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String first = slot(8, 9, 0);
		String second = slot(8, 11, 0);
		String taken = slot(8, 14, 0);
		String id = patient.post("/api/appointments", booking(doctor, first)).json("$.id");
		assertThat(clinic.patient(port).post("/api/appointments", booking(doctor, taken)).status()).isEqualTo(201);

		var refused = patient.post("/api/appointments/" + id + "/reschedule", "{\"start\":\"" + taken + "\"}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(patient.get("/api/appointments/" + id).<String>json("$.start")).isEqualTo(first);

		var moved = patient.post("/api/appointments/" + id + "/reschedule", "{\"start\":\"" + second + "\"}");
		assertThat(moved.status()).isEqualTo(200);
		assertThat(moved.<String>json("$.start")).isEqualTo(second);
		List<String> free = patient.get("/api/doctors/" + doctor.id() + "/slots?from=" + first.substring(0, 10) + "&to="
				+ first.substring(0, 10)).json("$[*].start");
		assertThat(free).contains(first).doesNotContain(second, taken);
	}

	@Test
	void theCalendarFileDescribesTheVisit() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String start = slot(10, 15, 30);
		String id = patient.post("/api/appointments", booking(doctor, start).replace("VIDEO", "IN_PERSON")).json("$.id");

		var ics = patient.get("/api/appointments/" + id + "/calendar.ics");
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
		String compact = start.replace("-", "").replace(":", "");
		assertThat(ics.body()).contains("BEGIN:VEVENT", "DTSTART:" + compact, "SUMMARY:Appointment with Dr. Test",
				"LOCATION:Test Practice\\, 1 Test Street\\, Testville", "URL:http", "/appointments", "\r\n");
		assertThat(ics.body()).as("the visit's reason stays in CareSlot").doesNotContain("cough");
		assertThat(clinic.patient(port).get("/api/appointments/" + id + "/calendar.ics").status()).isEqualTo(404);
	}

	@Test
	void slotQueriesAreValidated() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient anyone = new ApiClient(port);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		var tooLong = anyone.get("/api/doctors/" + doctor.id() + "/slots?from=" + today + "&to=" + today.plusDays(31));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.<List<String>>json("$.errors[*].field")).containsExactly("to");
		assertThat(anyone.get("/api/doctors/" + doctor.id() + "/slots?from=" + today + "&to=" + today.minusDays(1)).status())
			.isEqualTo(400);
		assertThat(anyone.get("/api/doctors/" + doctor.id() + "/slots?from=nope&to=" + today).status()).isEqualTo(400);
		assertThat(anyone.get("/api/doctors/" + java.util.UUID.randomUUID() + "/slots?from=" + today + "&to=" + today)
			.status()).isEqualTo(404);
		var week = anyone.get("/api/doctors/" + doctor.id() + "/slots?from=" + today.plusDays(1) + "&to=" + today.plusDays(7));
		assertThat(week.<List<String>>json("$[*].start")).hasSize(7 * 20);
	}

	@Test
	void scheduleRulesAreValidatedNamingTheField() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient me = clinic.signedIn(port, doctor.email());
		String path = "/api/doctors/" + doctor.id() + "/schedule";
		record Case(String body, String field) {
		}
		for (Case c : List.of(
				new Case("{\"timeZone\":\"Mars/Olympus\",\"slotMinutes\":30,\"weekly\":[]}", "timeZone"),
				new Case("{\"timeZone\":\"UTC\",\"slotMinutes\":3,\"weekly\":[]}", "slotMinutes"),
				new Case("{\"timeZone\":\"UTC\",\"slotMinutes\":30,\"weekly\":[{\"day\":\"MONDAY\",\"start\":\"12:00\",\"end\":\"09:00\"}]}", "weekly[0].end"),
				new Case("{\"timeZone\":\"UTC\",\"slotMinutes\":30,\"weekly\":[{\"day\":\"FUNDAY\",\"start\":\"09:00\",\"end\":\"12:00\"}]}", "weekly[0].day"),
				new Case("{\"timeZone\":\"UTC\",\"slotMinutes\":30,\"weekly\":[{\"day\":\"MONDAY\",\"start\":\"9am\",\"end\":\"12:00\"}]}", "weekly[0].start"),
				new Case("{\"timeZone\":\"UTC\",\"slotMinutes\":30,\"weekly\":[{\"day\":\"MONDAY\",\"start\":\"09:00\",\"end\":\"12:00\"},{\"day\":\"MONDAY\",\"start\":\"11:00\",\"end\":\"13:00\"}]}", "weekly"))) {
			var response = me.put(path, c.body());
			assertThat(response.status()).as(c.body() + " → " + response.body()).isEqualTo(400);
			assertThat(response.<List<String>>json("$.errors[*].field")).as(c.body()).containsExactly(c.field());
		}
		var ok = me.put(path, """
				{"timeZone":"Europe/Berlin","slotMinutes":20,"bufferMinutes":10,"minNoticeMinutes":120,"horizonDays":30,
				 "weekly":[{"day":"MONDAY","start":"09:00","end":"12:00"},{"day":"MONDAY","start":"13:00","end":"17:00"}]}""");
		assertThat(ok.status()).as(ok.body()).isEqualTo(200);
		assertThat(ok.<List<String>>json("$.weekly[*].start")).containsExactly("09:00", "13:00");
		assertThat(new ApiClient(port).get("/api/doctors/" + doctor.id()).<String>json("$.timeZone")).isEqualTo("Europe/Berlin");
	}

	@Test
	void overridesCloseOrChangeADate() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient me = clinic.signedIn(port, doctor.email());
		LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(12);
		assertThat(me.put("/api/doctors/" + doctor.id() + "/overrides/" + day, "{\"hours\":[]}").status()).isEqualTo(200);
		String slots = "/api/doctors/" + doctor.id() + "/slots?from=" + day + "&to=" + day;
		assertThat(me.get(slots).<List<String>>json("$")).isEmpty();

		assertThat(me.put("/api/doctors/" + doctor.id() + "/overrides/" + day,
				"{\"hours\":[{\"start\":\"10:00\",\"end\":\"11:00\"}]}").status()).isEqualTo(200);
		assertThat(me.get(slots).<List<String>>json("$[*].start")).containsExactly(day + "T10:00:00Z", day + "T10:30:00Z");

		assertThat(me.delete("/api/doctors/" + doctor.id() + "/overrides/" + day).status()).isEqualTo(204);
		assertThat(me.get(slots).<List<String>>json("$")).hasSize(20);
	}

	@Test
	void unpaidHoldsExpireAndFreeTheSlot() {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String start = slot(11, 9, 0);
		var booked = patient.post("/api/appointments", booking(doctor, start));
		assertThat(booked.<String>json("$.holdExpiresAt")).isNotNull();
		String id = booked.json("$.id");

		clock.advance(Duration.ofMinutes(16));
		appointments.expireHolds();

		var after = patient.get("/api/appointments/" + id);
		assertThat(after.<String>json("$.status")).isEqualTo("CANCELLED");
		assertThat(after.<String>json("$.cancelReason")).contains("Payment");
		assertThat(clinic.patient(port).post("/api/appointments", booking(doctor, start)).status()).isEqualTo(201);
	}

	@Test
	void theDirectoryShowsEachDoctorsNextFreeSlot() {
		Clinic.Doctor doctor = clinic.doctor();
		var page = new ApiClient(port).get("/api/doctors?q=" + doctor.view().fullName().replace(" ", "%20"));
		assertThat(page.<List<String>>json("$.items[*].id")).contains(doctor.id());
		assertThat(page.<List<String>>json("$.items[?(@.id=='" + doctor.id() + "')].nextFreeSlot")).singleElement()
			.isNotNull();
	}

	@Test
	void doctorsSeeTheirPatientsWithNextVisit() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String start = slot(13, 10, 0);
		String id = patient.post("/api/appointments", booking(doctor, start)).json("$.id");
		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		assertThat(doctorApi.get("/api/doctors/me/patients").<List<Object>>json("$"))
			.as("a request not yet confirmed makes nobody a patient").isEmpty();
		doctorApi.post("/api/appointments/" + id + "/confirm", null);
		var patients = doctorApi.get("/api/doctors/me/patients");
		assertThat(patients.<List<String>>json("$[*].nextVisit")).containsExactly(start);
		assertThat(patient.get("/api/doctors/me/patients").status()).isEqualTo(404);
	}

	private HttpRequest.Builder bookingRequest(ApiClient api, String body, String key) {
		return HttpRequest.newBuilder(api.uri("/api/appointments"))
			.header("Content-Type", "application/json")
			.header("Idempotency-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	static String everyDay(String start, String end) {
		return String.join(",", java.util.Arrays.stream(java.time.DayOfWeek.values())
			.map(d -> "{\"day\":\"%s\",\"start\":\"%s\",\"end\":\"%s\"}".formatted(d, start, end))
			.toList());
	}
}
