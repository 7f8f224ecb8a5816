package org.careslot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.careslot.support.Phones;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the clinic's staff do around the patients' own bookings: time off over booked visits, the
 * front desk booking and moving visits for patients, and payments that were only optional.
 */
@ApiTest
class FrontDeskTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	static String slot(int daysAhead, int hour, int minute) {
		return BookingApiTests.slot(daysAhead, hour, minute);
	}

	@Test
	void timeOffOverBookedVisitsListsThemAndCancelsThemOnlyWhenToldWithAReason() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient ann = clinic.patient(port);
		ApiClient ben = clinic.patient(port);
		Phones.confirm(ann, Phones.unique());
		String first = ann.post("/api/appointments", BookingApiTests.booking(doctor, slot(6, 9, 0))).json("$.id");
		String second = ben.post("/api/appointments", BookingApiTests.booking(doctor, slot(6, 11, 30))).json("$.id");
		String outside = ben.post("/api/appointments", BookingApiTests.booking(doctor, slot(7, 9, 0))).json("$.id");
		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		String day = slot(6, 0, 0);
		String body = "{\"start\":\"%s\",\"end\":\"%s\",\"reason\":\"Training\"".formatted(day,
				Instant.parse(day).plus(Duration.ofDays(1)));

		var refused = doctorApi.post("/api/doctors/" + doctor.id() + "/time-off", body + "}");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.<String>json("$.type")).isEqualTo("urn:careslot:problem:time-off-covers-visits");
		assertThat(refused.<List<String>>json("$.appointments[*].id")).containsExactly(first, second);
		assertThat(refused.<String>json("$.detail")).contains("2 booked visits");
		assertThat(doctorApi.get("/api/doctors/" + doctor.id() + "/schedule").<List<Object>>json("$.timeOff"))
			.as("nothing blocked yet").isEmpty();

		var noReason = doctorApi.post("/api/doctors/" + doctor.id() + "/time-off", body + ",\"cancelBookedVisits\":true}");
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.<List<String>>json("$.errors[*].field")).containsExactly("cancellationReason");

		var blocked = doctorApi.post("/api/doctors/" + doctor.id() + "/time-off",
				body + ",\"cancelBookedVisits\":true,\"cancellationReason\":\"Dr. away for training, please rebook\"}");
		assertThat(blocked.status()).as(blocked.body()).isEqualTo(201);
		assertThat(ann.get("/api/appointments/" + first).<String>json("$.status")).isEqualTo("CANCELLED");
		assertThat(ann.get("/api/appointments/" + first).<String>json("$.cancelReason")).contains("training");
		assertThat(ann.get("/api/appointments/" + first).<String>json("$.cancelledBy")).isEqualTo("DOCTOR");
		assertThat(ben.get("/api/appointments/" + second).<String>json("$.status")).isEqualTo("CANCELLED");
		assertThat(ben.get("/api/appointments/" + outside).<String>json("$.status")).isEqualTo("PENDING");
		List<Map<String, Object>> texts = ann.get("/api/notifications").json("$");
		assertThat(texts).anySatisfy(m -> assertThat(m.get("kind")).isEqualTo("CANCELLED"));
		assertThat(new ApiClient(port).get("/api/doctors/" + doctor.id() + "/slots?from=" + day.substring(0, 10) + "&to="
				+ day.substring(0, 10)).<List<Object>>json("$")).isEmpty();
	}

	@Test
	void theFrontDeskBooksForAPatientMovesTheVisitAndFindsItByPatient() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String patientId = patient.get("/api/me").json("$.id");
		ApiClient admin = clinic.admin(port);
		String start = slot(8, 10, 0);

		var forNobody = admin.post("/api/appointments", BookingApiTests.booking(doctor, start));
		assertThat(forNobody.status()).isEqualTo(400);
		assertThat(forNobody.<List<String>>json("$.errors[*].field")).containsExactly("patientId");
		String adminId = admin.get("/api/me").json("$.id");
		assertThat(admin.post("/api/appointments", withPatient(doctor, start, adminId)).<List<String>>json("$.errors[*].field"))
			.as("only patients can be booked for").containsExactly("patientId");

		var booked = admin.post("/api/appointments", withPatient(doctor, start, patientId));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		String id = booked.json("$.id");
		assertThat(booked.<String>json("$.patientId")).isEqualTo(patientId);
		assertThat(patient.get("/api/appointments").<List<String>>json("$[*].id")).containsExactly(id);
		assertThat(clinic.patient(port).post("/api/appointments", withPatient(doctor, slot(8, 11, 0), patientId)).status())
			.as("a patient books for themselves only").isEqualTo(400);

		String later = slot(9, 14, 30);
		var moved = admin.post("/api/appointments/" + id + "/reschedule", "{\"start\":\"" + later + "\"}");
		assertThat(moved.<String>json("$.start")).isEqualTo(later);

		var byPatient = admin.get("/api/appointments?patientId=" + patientId);
		assertThat(byPatient.<List<String>>json("$[*].id")).containsExactly(id);
		assertThat(byPatient.header("X-Total-Count")).contains("1");
		var paged = admin.get("/api/appointments?size=1&page=0");
		assertThat(paged.<List<Object>>json("$")).hasSize(1);
		assertThat(Long.parseLong(paged.header("X-Total-Count").orElseThrow())).isGreaterThanOrEqualTo(1);
		assertThat(admin.get("/api/appointments?size=0").status()).isEqualTo(400);
		assertThat(clinic.patient(port).get("/api/appointments?patientId=" + patientId).<List<Object>>json("$"))
			.as("never someone else's").isEmpty();
	}

	private static String withPatient(Clinic.Doctor doctor, String start, String patientId) {
		return "{\"doctorId\":\"%s\",\"start\":\"%s\",\"patientId\":\"%s\"}".formatted(doctor.id(), start, patientId);
	}

	@Test
	void aDeclinedPaymentThatWasOptionalLeavesTheVisitUnpaidAndAHeldOneSaysReserved() {
		Clinic.Doctor optional = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		Phones.confirm(patient, Phones.unique());
		String id = patient.post("/api/appointments", BookingApiTests.booking(optional, slot(5, 15, 0))).json("$.id");
		assertThat(patient.get("/api/appointments/" + id).<Boolean>json("$.prepaymentRequired")).isFalse();
		String payment = patient.post("/api/appointments/" + id + "/checkout", null).json("$.paymentId");
		assertThat(patient.post("/api/payments/" + payment + "/test-checkout", "{\"outcome\":\"fail\"}").<String>json("$.status"))
			.isEqualTo("FAILED");
		assertThat(patient.get("/api/appointments/" + id).<String>json("$.paymentStatus")).isEqualTo("UNPAID");

		Clinic.Doctor prepaid = clinic.doctor(ZoneId.of("UTC"), true);
		String held = patient.post("/api/appointments", BookingApiTests.booking(prepaid, slot(5, 9, 0))).json("$.id");
		assertThat(patient.get("/api/appointments/" + held).<Boolean>json("$.prepaymentRequired")).isTrue();
		List<Map<String, Object>> texts = patient.get("/api/notifications").json("$");
		assertThat(texts.stream().filter(m -> held.equals(m.get("appointmentId"))).map(m -> m.get("kind")))
			.containsExactlyInAnyOrder("RESERVED", "REMINDER", "REMINDER");
		Map<String, Object> reserved = texts.stream().filter(m -> "RESERVED".equals(m.get("kind"))).findFirst().orElseThrow();
		assertThat((String) reserved.get("message")).contains("reserved for you until").doesNotContain("is booked");
		assertThat((String) texts.stream().filter(m -> id.equals(m.get("appointmentId")) && "BOOKED".equals(m.get("kind")))
			.findFirst().orElseThrow().get("message")).contains("Video visit");
		String heldPayment = patient.post("/api/appointments/" + held + "/checkout", null).json("$.paymentId");
		patient.post("/api/payments/" + heldPayment + "/test-checkout", "{\"outcome\":\"pay\"}");
		List<Map<String, Object>> after = patient.get("/api/notifications").json("$");
		assertThat(after).anySatisfy(m -> {
			assertThat(m.get("appointmentId")).isEqualTo(held);
			assertThat(m.get("kind")).isEqualTo("PAID");
			assertThat((String) m.get("message")).contains("is booked");
		});
	}

	@Test
	void textsNameThePracticeAndUseTheLanguagesClock() {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("Europe/Berlin"), false);
		ApiClient english = clinic.patient(port);
		english.patch("/api/me", "{\"language\":\"en\"}");
		Phones.confirm(english, Phones.unique());
		ApiClient german = clinic.patient(port);
		german.patch("/api/me", "{\"language\":\"de\"}");
		Phones.confirm(german, Phones.unique());
		LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(6);
		String afternoon = day.atTime(15, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant().toString();
		String later = day.atTime(16, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant().toString();
		english.post("/api/appointments", BookingApiTests.booking(doctor, afternoon).replace("VIDEO", "IN_PERSON"));
		german.post("/api/appointments", BookingApiTests.booking(doctor, later).replace("VIDEO", "IN_PERSON"));
		String en = english.get("/api/notifications").<List<String>>json("$[?(@.kind == 'BOOKED')].message").get(0);
		String de = german.get("/api/notifications").<List<String>>json("$[?(@.kind == 'BOOKED')].message").get(0);
		assertThat(en).contains("3:00 PM").contains("At Test Practice, 1 Test Street, Testville.");
		assertThat(de).contains("16:00").contains("Test Practice, 1 Test Street, Testville");
	}
}
