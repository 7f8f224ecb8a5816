package org.careslot.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.careslot.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Payments without a Stripe account: the in-app test checkout drives the same state machine. */
@ApiTest
class TestModePaymentsTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	MutableClock clock;

	@Autowired
	org.careslot.appointments.AppointmentService appointments;

	@Autowired
	PaymentService payments;

	@Autowired
	org.careslot.identity.IdentityService identity;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static String slot(int daysAhead, int hour) {
		return LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead).atTime(hour, 0).toInstant(ZoneOffset.UTC).toString();
	}

	private String book(ApiClient patient, Clinic.Doctor doctor, String start) {
		var booked = patient.post("/api/appointments", """
				{"doctorId":"%s","start":"%s"}""".formatted(doctor.id(), start));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		return booked.json("$.id");
	}

	@Test
	void aPatientPaysInTestModeAndTheHoldIsLifted() {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String id = book(patient, doctor, slot(5, 10));
		var booked = patient.get("/api/appointments/" + id);
		assertThat(booked.<String>json("$.holdExpiresAt")).as("held until paid").isNotNull();
		assertThat(booked.<Double>json("$.amountDue")).isEqualTo(50.0);
		assertThat(booked.<String>json("$.currency")).isEqualTo("EUR");

		var checkout = patient.post("/api/appointments/" + id + "/checkout", null);
		assertThat(checkout.status()).as(checkout.body()).isEqualTo(201);
		assertThat(checkout.<Boolean>json("$.testMode")).isTrue();
		String paymentId = checkout.json("$.paymentId");
		assertThat(checkout.<String>json("$.url")).isEqualTo("/test-checkout/" + paymentId);
		assertThat(patient.post("/api/appointments/" + id + "/checkout", null).<String>json("$.paymentId"))
			.as("a second click reuses the open checkout").isEqualTo(paymentId);

		assertThat(clinic.patient(port).get("/api/payments/" + paymentId).status()).as("someone else's").isEqualTo(404);
		assertThat(clinic.patient(port).post("/api/payments/" + paymentId + "/test-checkout", "{\"outcome\":\"pay\"}").status())
			.isEqualTo(404);
		var bad = patient.post("/api/payments/" + paymentId + "/test-checkout", "{\"outcome\":\"maybe\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.<String>json("$.errors[0].field")).isEqualTo("outcome");

		var paid = patient.post("/api/payments/" + paymentId + "/test-checkout", "{\"outcome\":\"pay\"}");
		assertThat(paid.<String>json("$.status")).isEqualTo("PAID");
		assertThat(patient.post("/api/payments/" + paymentId + "/test-checkout", "{\"outcome\":\"fail\"}").status())
			.as("settled payments stay settled").isEqualTo(409);

		var after = patient.get("/api/appointments/" + id);
		assertThat(after.<String>json("$.paymentStatus")).isEqualTo("PAID");
		assertThat(after.<String>json("$.holdExpiresAt")).isNull();
		assertThat(patient.post("/api/appointments/" + id + "/checkout", null).status()).isEqualTo(409);

		clock.advance(Duration.ofHours(2)); // the hold would long have lapsed: a paid booking is kept
		assertThat(patient.get("/api/appointments/" + id).<String>json("$.status")).isEqualTo("PENDING");
	}

	@Test
	void aDeclinedPaymentCanBeRetried() {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String id = book(patient, doctor, slot(6, 11));
		String first = patient.post("/api/appointments/" + id + "/checkout", null).json("$.paymentId");

		assertThat(patient.post("/api/payments/" + first + "/test-checkout", "{\"outcome\":\"fail\"}").<String>json("$.status"))
			.isEqualTo("FAILED");
		assertThat(patient.get("/api/appointments/" + id).<String>json("$.paymentStatus")).isEqualTo("FAILED");

		String second = patient.post("/api/appointments/" + id + "/checkout", null).json("$.paymentId");
		assertThat(second).isNotEqualTo(first);
		patient.post("/api/payments/" + second + "/test-checkout", "{\"outcome\":\"pay\"}");
		assertThat(patient.get("/api/appointments/" + id).<String>json("$.paymentStatus")).isEqualTo("PAID");
	}

	@Test
	void cancellationsRefundPerPolicyAndRevenueCountsWhatIsKept() {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String byDoctor = book(patient, doctor, slot(7, 9));
		String byPatient = book(patient, doctor, slot(8, 9));
		String kept = book(patient, doctor, slot(9, 9));
		for (String id : List.of(byDoctor, byPatient, kept)) {
			String payment = patient.post("/api/appointments/" + id + "/checkout", null).json("$.paymentId");
			patient.post("/api/payments/" + payment + "/test-checkout", "{\"outcome\":\"pay\"}");
		}

		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		assertThat(doctorApi.post("/api/appointments/" + byDoctor + "/cancel", "{\"reason\":\"ill\"}").status()).isEqualTo(200);
		assertThat(patient.post("/api/appointments/" + byPatient + "/cancel", "{}").status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(patient.get("/api/appointments/" + byDoctor).<String>json("$.paymentStatus")).isEqualTo("REFUNDED");
			assertThat(patient.get("/api/appointments/" + byPatient).<String>json("$.paymentStatus"))
				.as("cancelled before the cutoff").isEqualTo("REFUNDED");
		});
		assertThat(patient.get("/api/appointments/" + kept).<String>json("$.paymentStatus")).isEqualTo("PAID");

		ApiClient admin = clinic.admin(port);
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		var revenue = admin.get("/api/admin/revenue?from=" + today + "&to=" + today);
		assertThat(revenue.status()).isEqualTo(200);
		assertThat(revenue.<List<Double>>json("$.byDoctor[?(@.doctorId == '" + doctor.id() + "')].amount"))
			.as("one of three fees kept").containsExactly(50.0);
		var log = admin.get("/api/admin/payments?from=" + today + "&to=" + today);
		assertThat(log.<List<String>>json("$[?(@.appointmentId == '" + byDoctor + "')].status")).containsExactly("REFUNDED");
		assertThat(patient.get("/api/admin/revenue?from=" + today + "&to=" + today).status()).isEqualTo(403);
		assertThat(admin.get("/api/admin/revenue?from=" + today + "&to=2000-01-01").<String>json("$.errors[0].field"))
			.isEqualTo("to");
	}

	@Test
	void aPaymentThatArrivesAfterTheHoldLapsedIsGivenBack() {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String id = book(patient, doctor, slot(11, 9));
		String payment = patient.post("/api/appointments/" + id + "/checkout", null).json("$.paymentId");

		clock.advance(Duration.ofMinutes(16));
		appointments.expireHolds();
		ApiClient admin = clinic.admin(port);
		assertThat(admin.get("/api/appointments/" + id).<String>json("$.status")).isEqualTo("CANCELLED");

		// the patient was still on the checkout page and pays anyway: paid, and given back once that has committed
		assertThat(payments.testCheckout(owner(id), java.util.UUID.fromString(payment), true).status())
			.isEqualTo(PaymentState.PAID);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				admin.get("/api/appointments/" + id).<String>json("$.paymentStatus")).isEqualTo("REFUNDED"));
		assertThat(admin.get("/api/payments/" + payment).<String>json("$.status")).isEqualTo("REFUNDED");
	}

	@Test
	void anAdminsCancellationIsRefundedInFull() {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String id = book(patient, doctor, slot(12, 9));
		String payment = patient.post("/api/appointments/" + id + "/checkout", null).json("$.paymentId");
		patient.post("/api/payments/" + payment + "/test-checkout", "{\"outcome\":\"pay\"}");

		assertThat(clinic.admin(port).post("/api/appointments/" + id + "/cancel", "{\"reason\":\"clinic closed\"}").status())
			.isEqualTo(200);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				patient.get("/api/payments/" + payment).<Double>json("$.refundedAmount")).isEqualTo(50.0));
	}

	private org.careslot.identity.CurrentUser owner(String appointmentId) {
		java.util.UUID patientId = jdbc.sql("SELECT patient_id FROM appointments WHERE id = :id")
			.param("id", java.util.UUID.fromString(appointmentId)).query(java.util.UUID.class).single();
		String email = jdbc.sql("SELECT email FROM users WHERE id = :id").param("id", patientId).query(String.class).single();
		return identity.loadUserByUsername(email);
	}

	@Test
	void onlyFeesForLiveUnpaidAppointmentsCanBePaid() {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String id = book(patient, doctor, slot(10, 9));
		assertThat(clinic.patient(port).post("/api/appointments/" + id + "/checkout", null).status()).isEqualTo(404);
		assertThat(clinic.signedIn(port, doctor.email()).post("/api/appointments/" + id + "/checkout", null).status())
			.isEqualTo(404);
		patient.post("/api/appointments/" + id + "/cancel", "{}");
		assertThat(patient.post("/api/appointments/" + id + "/checkout", null).status()).isEqualTo(409);
	}
}
