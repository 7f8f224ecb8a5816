package org.careslot.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.careslot.support.MutableClock;
import org.careslot.support.Phones;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

@ApiTest
@Import(NotificationsTests.RecordingSender.class)
class NotificationsTests {

	/** Records what would go to the provider, and fails on demand for one number like a provider outage. */
	@TestConfiguration
	static class RecordingSender {

		static final List<String> sent = new CopyOnWriteArrayList<>();
		static final Map<String, Integer> failuresLeft = new ConcurrentHashMap<>();

		@Bean
		@Primary
		SmsSender recordingSmsSender() {
			return new SmsSender() {
				@Override
				public String name() {
					return "log";
				}

				@Override
				public String send(String to, String body) {
					Integer left = failuresLeft.computeIfPresent(to, (number, n) -> n - 1);
					if (left != null && left >= 0) {
						throw new IllegalStateException("provider answered 500");
					}
					sent.add(to + " " + body);
					return "rec-" + java.util.UUID.randomUUID();
				}
			};
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	MutableClock clock;

	@Autowired
	NotificationService notifications;

	@BeforeEach
	void resetSender() {
		RecordingSender.failuresLeft.clear();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private ApiClient patientWithPhone(String phone) {
		ApiClient patient = clinic.patient(port);
		var updated = patient.patch("/api/me", "{\"fullName\":\"Texted Patient\"}");
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		Phones.confirm(patient, phone);
		return patient;
	}

	private static String slot(int daysAhead, int hour) {
		return LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead).atTime(hour, 0).toInstant(ZoneOffset.UTC).toString();
	}

	private String book(ApiClient patient, Clinic.Doctor doctor, String start) {
		var booked = patient.post("/api/appointments", "{\"doctorId\":\"%s\",\"start\":\"%s\"}".formatted(doctor.id(), start));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		return booked.json("$.id");
	}

	private List<Map<String, Object>> mine(ApiClient patient) {
		return patient.get("/api/notifications").json("$");
	}

	private static List<String> statusesOf(List<Map<String, Object>> messages, String kind) {
		return messages.stream().filter(m -> kind.equals(m.get("kind"))).map(m -> (String) m.get("status")).toList();
	}

	@Test
	void bookingTextsThePatientAtOnceAndRemindsThemADayAndTwoHoursBefore() {
		Clinic.Doctor doctor = clinic.doctor();
		String phone = uniquePhone();
		ApiClient patient = patientWithPhone(phone);
		String start = slot(3, 10);
		book(patient, doctor, start);

		notifications.deliverDue();
		var messages = mine(patient);
		assertThat(statusesOf(messages, "BOOKED")).containsExactly("SENT");
		assertThat(statusesOf(messages, "REMINDER")).containsExactly("PENDING", "PENDING");
		assertThat(messages).allSatisfy(m -> assertThat(m.get("toNumber")).isEqualTo(phone));
		assertThat((String) messages.stream().filter(m -> "BOOKED".equals(m.get("kind"))).findFirst().orElseThrow().get("message"))
			.contains(doctor.view().fullName()).contains("10:00");

		clock.advance(Duration.between(clock.instant(), java.time.Instant.parse(start).minus(Duration.ofHours(23))));
		notifications.deliverDue();
		List<Map<String, Object>> later = clinic.admin(port).get("/api/admin/notifications").json("$"); // sessions have ended by now
		assertThat(statusesOf(later.stream().filter(m -> phone.equals(m.get("toNumber"))).toList(), "REMINDER"))
			.as("the day-before reminder only").containsExactlyInAnyOrder("SENT", "PENDING");
		clock.reset();

		assertThat(clinic.patient(port).get("/api/notifications").<List<Object>>json("$")).as("not someone else's").isEmpty();
		assertThat(patient.get("/api/admin/notifications").status()).isEqualTo(403);
		var log = clinic.admin(port).get("/api/admin/notifications?status=SENT");
		assertThat(log.<List<String>>json("$[*].toNumber")).contains(phone);
		assertThat(clinic.admin(port).get("/api/admin/notifications?status=LOST").<String>json("$.errors[0].field")).isEqualTo("status");
	}

	private static String uniquePhone() {
		return "+49151" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999)); // the journeys share this database
	}

	private static List<String> reminderTexts(List<Map<String, Object>> messages) {
		return messages.stream().filter(m -> "REMINDER".equals(m.get("kind")) && "PENDING".equals(m.get("status")))
			.map(m -> (String) m.get("message")).toList();
	}

	@Test
	void textsAreInThePatientsLanguageOnTheirClockAndQueuedOnesFollowAProfileChange() {
		ZoneId berlin = ZoneId.of("Europe/Berlin");
		ZoneId newYork = ZoneId.of("America/New_York");
		Clinic.Doctor doctor = clinic.doctor(berlin, false);
		ApiClient patient = new ApiClient(port).header("Accept-Language", "de-DE,de;q=0.9,en;q=0.5");
		assertThat(patient.register(Accounts.email("pt"), Accounts.PASSWORD, "Petra Patientin").status()).isEqualTo(201);
		Phones.confirm(patient, uniquePhone());
		ZonedDateTime start = LocalDate.now(berlin).plusDays(5).atTime(10, 0).atZone(berlin);
		book(patient, doctor, start.toInstant().toString());

		assertThat(reminderTexts(mine(patient))).hasSize(2).allSatisfy(text -> assertThat(text)
			.startsWith("CareSlot-Erinnerung: " + doctor.view().fullName() + " am ").contains("um 10:00"));

		String newYorkTime = start.withZoneSameInstant(newYork).format(DateTimeFormatter.ofPattern("HH:mm"));
		assertThat(patient.patch("/api/me", "{\"language\":\"fr\",\"timeZone\":\"America/New_York\"}").status()).isEqualTo(200);
		assertThat(reminderTexts(mine(patient))).as("queued reminders rewritten").hasSize(2).allSatisfy(text -> assertThat(text)
			.startsWith("Rappel CareSlot : rendez-vous avec " + doctor.view().fullName() + " le ").contains("à " + newYorkTime));

		assertThat(patient.patch("/api/me", "{\"phone\":\"\"}").status()).isEqualTo(200);
		assertThat(statusesOf(mine(patient), "REMINDER")).as("no number, no reminders").containsOnly("CANCELLED");
	}

	@Test
	void rescheduleReplansRemindersAndCancelDropsThem() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = patientWithPhone("+447911123456");
		String id = book(patient, doctor, slot(4, 9));

		var moved = patient.post("/api/appointments/" + id + "/reschedule", "{\"start\":\"" + slot(5, 15) + "\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		var messages = mine(patient);
		assertThat(statusesOf(messages, "REMINDER")).containsExactlyInAnyOrder("CANCELLED", "CANCELLED", "PENDING", "PENDING");
		assertThat(statusesOf(messages, "RESCHEDULED")).hasSize(1);

		patient.post("/api/appointments/" + id + "/cancel", "{}");
		messages = mine(patient);
		assertThat(statusesOf(messages, "REMINDER")).containsOnly("CANCELLED");
		assertThat(statusesOf(messages, "CANCELLED")).hasSize(1);
	}

	@Test
	void aCancellationByTheClinicTellsThePatientWhyAndAPatientsOwnReasonIsNotTextedBack() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = patientWithPhone(uniquePhone());
		String byDoctor = book(patient, doctor, slot(8, 9));
		String byPatient = book(patient, doctor, slot(8, 11));

		var cancelled = clinic.signedIn(port, doctor.email()).post("/api/appointments/" + byDoctor + "/cancel",
				"{\"reason\":\"Dr. away at a conference,\\n  sorry {0} it's short notice\"}");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		assertThat(patient.post("/api/appointments/" + byPatient + "/cancel", "{\"reason\":\"Embarrassing rash\"}").status())
			.isEqualTo(200);

		List<String> texts = mine(patient).stream().filter(m -> "CANCELLED".equals(m.get("kind")))
			.map(m -> (String) m.get("message")).toList();
		assertThat(texts).hasSize(2);
		assertThat(texts).anySatisfy(text -> assertThat(text).endsWith(
				"is cancelled. Reason: Dr. away at a conference, sorry {0} it's short notice"));
		assertThat(texts).noneSatisfy(text -> assertThat(text).contains("rash"));
	}

	@Test
	void aReasonInATextIsOneShortLine() {
		assertThat(NotificationTexts.reasonForText("  two\n lines  ")).contains("two lines");
		assertThat(NotificationTexts.reasonForText(" ")).isEmpty();
		assertThat(NotificationTexts.reasonForText("x".repeat(300)).orElseThrow()).hasSize(120).endsWith("...");
	}

	@Test
	void aProviderOutageIsRetriedWithBackoffAndGivenUpAfterFiveAttemptsWithoutDuplicates() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = patientWithPhone("+12125550199");
		notifications.deliverDue(); // the code that confirmed the number
		RecordingSender.failuresLeft.put("+12125550199", 2);
		book(patient, doctor, slot(6, 11));
		String booked = "+12125550199 CareSlot: your appointment";

		notifications.deliverDue(); // attempt 1 fails
		assertThat(notifications.deliverDue()).as("not due again before the backoff").isZero();
		clock.advance(Duration.ofSeconds(31));
		notifications.deliverDue(); // attempt 2 fails, next wait 60 s
		clock.advance(Duration.ofSeconds(61));
		notifications.deliverDue(); // attempt 3 succeeds
		var message = mine(patient).stream().filter(m -> "BOOKED".equals(m.get("kind"))).findFirst().orElseThrow();
		assertThat(message.get("status")).isEqualTo("SENT");
		assertThat(message.get("attempts")).isEqualTo(3);
		assertThat(RecordingSender.sent.stream().filter(s -> s.startsWith(booked)).count()).isEqualTo(1);

		ApiClient other = patientWithPhone("+12125550188");
		notifications.deliverDue();
		RecordingSender.failuresLeft.put("+12125550188", 100);
		book(other, doctor, slot(7, 11));
		for (int i = 0; i < 6; i++) {
			notifications.deliverDue();
			clock.advance(Duration.ofHours(1));
		}
		var failed = mine(other).stream().filter(m -> "BOOKED".equals(m.get("kind"))).findFirst().orElseThrow();
		assertThat(failed.get("status")).isEqualTo("FAILED");
		assertThat(failed.get("attempts")).isEqualTo(5);
		assertThat((String) failed.get("lastError")).contains("500");
	}
}
