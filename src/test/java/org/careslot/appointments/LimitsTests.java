package org.careslot.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.Clinic;
import org.careslot.support.MutableClock;
import org.careslot.support.Phones;
import org.careslot.support.TestClockConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The limits as shipped (the rest of the suite runs with generous ones): one patient cannot take
 * a doctor's week, hammer the booking endpoint, mass-register, keep renewing a reservation, or
 * turn our texts into a flood.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"careslot.limits.booking-per-account.capacity=20", "careslot.limits.booking-per-account.per=1m",
		"careslot.limits.booking-per-address.capacity=60", "careslot.limits.booking-per-address.per=1m",
		"careslot.limits.registration-per-address.capacity=10", "careslot.limits.registration-per-address.per=1h",
		"careslot.limits.phone-code-per-account.capacity=3", "careslot.limits.phone-code-per-account.per=1h",
		"careslot.limits.phone-code-per-number.capacity=5", "careslot.limits.phone-code-per-number.per=24h",
		"careslot.appointments.max-open-bookings=10", "careslot.appointments.max-open-bookings-per-doctor=3",
		"careslot.notifications.daily-budget=4" })
@Import({ TestClockConfiguration.class, Clinic.class })
class LimitsTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	MutableClock clock;

	@Autowired
	AppointmentService appointments;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private static String booking(Clinic.Doctor doctor, int daysAhead, int hour) {
		return BookingApiTests.booking(doctor, BookingApiTests.slot(daysAhead, hour, 0));
	}

	@Test
	void aPatientHoldsAtMostThreeVisitsWithOneDoctorAndTenInAll() {
		ApiClient patient = clinic.patient(port);
		Clinic.Doctor doctor = clinic.doctor();
		for (int i = 0; i < 3; i++) {
			assertThat(patient.post("/api/appointments", booking(doctor, 2 + i, 9)).status()).isEqualTo(201);
		}
		var fourth = patient.post("/api/appointments", booking(doctor, 6, 9));
		assertThat(fourth.status()).isEqualTo(422);
		assertThat(fourth.<String>json("$.detail")).contains("3 upcoming visits with this doctor");

		for (int i = 0; i < 7; i++) {
			assertThat(patient.post("/api/appointments", booking(clinic.doctor(), 10, 8 + i)).status()).isEqualTo(201);
		}
		var eleventh = patient.post("/api/appointments", booking(clinic.doctor(), 11, 9));
		assertThat(eleventh.status()).isEqualTo(422);
		assertThat(eleventh.<String>json("$.detail")).contains("10 upcoming visits");

		// cancelling one frees a place; the front desk is not capped
		String any = patient.get("/api/appointments").<List<String>>json("$[*].id").get(0);
		patient.post("/api/appointments/" + any + "/cancel", "{}");
		assertThat(patient.post("/api/appointments", booking(clinic.doctor(), 12, 9)).status()).isEqualTo(201);
		String patientId = patient.get("/api/me").json("$.id");
		assertThat(clinic.admin(port).post("/api/appointments", "{\"doctorId\":\"%s\",\"start\":\"%s\",\"patientId\":\"%s\"}"
			.formatted(doctor.id(), BookingApiTests.slot(13, 9, 0), patientId)).status()).isEqualTo(201);
	}

	@Test
	void theThirtiethBookingInAMinuteIsTooMany() {
		ApiClient patient = clinic.patient(port);
		List<Clinic.Doctor> doctors = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			doctors.add(clinic.doctor()); // first, so the thirty requests fall within seconds
		}
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			statuses.add(patient.post("/api/appointments", booking(doctors.get(i), 3 + i % 20, 8 + i / 20)).status());
		}
		assertThat(statuses.get(29)).isEqualTo(429);
		assertThat(statuses).doesNotContain(500);
		var limited = patient.post("/api/appointments", booking(clinic.doctor(), 4, 9));
		assertThat(limited.header("Retry-After")).hasValueSatisfying(s -> assertThat(Integer.parseInt(s)).isPositive());
	}

	@Test
	void signUpsFromOneAddressAreThrottled() {
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			statuses.add(new ApiClient(port, "10.250.0.7").register(Accounts.email("bulk"), Accounts.PASSWORD, "Bulk Person").status());
		}
		assertThat(statuses.subList(0, 10)).containsOnly(201);
		assertThat(statuses.get(10)).isEqualTo(429);
		assertThat(new ApiClient(port, "10.250.0.8").register(Accounts.email("other"), Accounts.PASSWORD, "Someone Else").status())
			.as("another address is not affected").isEqualTo(201);
	}

	@Test
	void aLapsedReservationCannotBeTakenAgainAtOnce() {
		Clinic.Doctor prepaid = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String start = BookingApiTests.slot(5, 10, 0);
		String first = patient.post("/api/appointments", BookingApiTests.booking(prepaid, start)).json("$.id");
		clock.advance(Duration.ofMinutes(16)); // the 15-minute hold lapses unpaid
		var again = patient.post("/api/appointments", BookingApiTests.booking(prepaid, start));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.<String>json("$.detail")).contains("lapsed unpaid");
		appointments.expireHolds(); // the sweep every node runs
		assertThat(patient.get("/api/appointments/" + first).<String>json("$.status")).isEqualTo("CANCELLED");
		assertThat(clinic.patient(port).post("/api/appointments", BookingApiTests.booking(prepaid, start)).status())
			.as("anyone else may take it").isEqualTo(201);

		// giving a reservation up and taking it again would renew it forever too
		String other = BookingApiTests.slot(5, 12, 0);
		String held = patient.post("/api/appointments", BookingApiTests.booking(prepaid, other)).json("$.id");
		patient.post("/api/appointments/" + held + "/cancel", "{}");
		assertThat(patient.post("/api/appointments", BookingApiTests.booking(prepaid, other)).status()).isEqualTo(422);
		clock.advance(Duration.ofMinutes(31));
		assertThat(patient.post("/api/appointments", BookingApiTests.booking(prepaid, other)).status()).isEqualTo(201);
	}

	@Test
	void codesAreLimitedAndAnAccountGetsAFewTextsADayAtMost() {
		ApiClient patient = clinic.patient(port);
		patient.patch("/api/me", "{\"phone\":\"%s\",\"currentPassword\":\"%s\"}".formatted(Phones.unique(), Accounts.PASSWORD));
		List<Integer> statuses = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			statuses.add(patient.post("/api/me/phone/code", null).status());
		}
		assertThat(statuses).containsExactly(202, 202, 202, 429);

		ApiClient texted = clinic.patient(port);
		Phones.confirm(texted, Phones.unique()); // its code is the first text of the day
		for (int i = 0; i < 4; i++) {
			texted.post("/api/appointments", booking(clinic.doctor(), 9 + i, 9)); // a text now, reminders much later
		}
		List<Map<String, Object>> booked = texted.get("/api/notifications").json("$[?(@.kind == 'BOOKED')]");
		assertThat(booked).hasSize(4);
		assertThat(booked).filteredOn(m -> !"CANCELLED".equals(m.get("status"))).as("sent or on their way")
			.extracting(m -> m.get("status")).hasSize(3).containsAnyOf("PENDING", "SENT");
		assertThat(booked).filteredOn(m -> "CANCELLED".equals(m.get("status"))).singleElement()
			.satisfies(m -> assertThat((String) m.get("lastError")).contains("4 texts a day"));
	}
}
