package org.careslot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The findings of the outside security probe, each replayed as the attack it was and asserted
 * fixed: clinical content before a visit is confirmed, other authors' entries, notes after access
 * ended, XML and YAML bodies, odd input, look-alike accounts, reasons in admin lists, texts to
 * numbers nobody proved. (Limits and caps: LimitsTests; forwarded headers: UntrustedProxyTests.)
 */
@ApiTest
class SecurityProbeTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	JdbcClient jdbc;

	static String slot(int daysAhead, int hour) {
		return LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead).atTime(hour, 0).toInstant(ZoneOffset.UTC).toString();
	}

	private String book(ApiClient patient, Clinic.Doctor doctor, String start, String reason) {
		var booked = patient.post("/api/appointments", "{\"doctorId\":\"%s\",\"start\":\"%s\",\"reason\":\"%s\"}"
			.formatted(doctor.id(), start, reason));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		return booked.json("$.id");
	}

	@Test
	void aBookingRequestOpensNoRecordUntilTheDoctorConfirmsIt() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String patientId = patient.get("/api/me").json("$.id");
		patient.post("/api/patients/" + patientId + "/entries", "{\"kind\":\"CONDITION\",\"text\":\"Depression\"}");
		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		String id = book(patient, doctor, slot(5, 9), "Follow-up");

		assertThat(doctorApi.get("/api/patients/" + patientId + "/record").status()).as("a request shows no record").isEqualTo(404);
		var request = doctorApi.get("/api/appointments/" + id);
		assertThat(request.<String>json("$.patientName")).isEqualTo("Test Patient");
		assertThat(request.<String>json("$.reason")).as("what was written for this booking").isEqualTo("Follow-up");
		assertThat(doctorApi.post("/api/patients/" + patientId + "/entries", "{\"kind\":\"ALLERGY\",\"text\":\"x\"}").status())
			.isEqualTo(404);
		assertThat(doctorApi.get("/api/doctors/me/patients").<List<Object>>json("$")).isEmpty();

		doctorApi.post("/api/appointments/" + id + "/confirm", null);
		assertThat(doctorApi.get("/api/patients/" + patientId + "/record").<List<String>>json("$.conditions[*].text"))
			.containsExactly("Depression");

		// the front desk booking on a patient's behalf opens it too
		Clinic.Doctor other = clinic.doctor();
		clinic.admin(port).post("/api/appointments", "{\"doctorId\":\"%s\",\"start\":\"%s\",\"patientId\":\"%s\"}"
			.formatted(other.id(), slot(6, 10), patientId));
		assertThat(clinic.signedIn(port, other.email()).get("/api/patients/" + patientId + "/record").status()).isEqualTo(200);
	}

	@Test
	void nobodyRemovesAnotherAuthorsEntryAndNothingIsEverDeleted() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String patientId = patient.get("/api/me").json("$.id");
		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		doctorApi.post("/api/appointments/" + book(patient, doctor, slot(5, 11), "") + "/confirm", null);
		String patientsAllergy = patient.post("/api/patients/" + patientId + "/entries", "{\"kind\":\"ALLERGY\",\"text\":\"Pollen\"}").json("$.id");
		String doctorsMedication = doctorApi.post("/api/patients/" + patientId + "/entries",
				"{\"kind\":\"MEDICATION\",\"text\":\"Sertraline 50 mg\"}").json("$.id");
		String entries = "/api/patients/" + patientId + "/entries/";

		assertThat(doctorApi.delete(entries + patientsAllergy).status()).as("the patient's own entry").isEqualTo(403);
		assertThat(patient.delete(entries + doctorsMedication).status()).as("the doctor's entry").isEqualTo(403);
		assertThat(clinic.signedIn(port, clinic.doctor().email()).delete(entries + doctorsMedication).status()).isEqualTo(404);
		var marked = doctorApi.post(entries + doctorsMedication + "/entered-in-error", null);
		assertThat(marked.status()).isEqualTo(200);
		assertThat(doctorApi.post(entries + doctorsMedication + "/entered-in-error", null).status()).isEqualTo(409);

		var record = patient.get("/api/patients/" + patientId + "/record");
		assertThat(record.<List<String>>json("$.allergies[*].text")).containsExactly("Pollen");
		assertThat(record.<List<String>>json("$.medications[*].text")).as("kept, marked").containsExactly("Sertraline 50 mg");
		assertThat(record.<List<String>>json("$.medications[*].enteredInErrorByName")).containsExactly(doctor.view().fullName());
		assertThat(jdbc.sql("SELECT count(*) FROM record_entries WHERE patient_id = CAST(:p AS uuid)").param("p", patientId)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void noteEditsKeepEveryEarlierTextAndEndWhenTheRecordCloses() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String patientId = patient.get("/api/me").json("$.id");
		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		String visit = book(patient, doctor, slot(7, 9), "");
		doctorApi.post("/api/appointments/" + visit + "/confirm", null);
		String note = doctorApi.post("/api/appointments/" + visit + "/notes", "{\"body\":\"First draft\"}").json("$.id");
		var edited = doctorApi.put("/api/notes/" + note, "{\"body\":\"Second draft\"}");
		assertThat(edited.<Integer>json("$.version")).isEqualTo(1);
		doctorApi.put("/api/notes/" + note, "{\"body\":\"Final\"}");

		var versions = patient.get("/api/notes/" + note + "/versions");
		assertThat(versions.status()).isEqualTo(200);
		assertThat(versions.<List<String>>json("$[*].body")).containsExactly("Second draft", "First draft");
		assertThat(clinic.patient(port).get("/api/notes/" + note + "/versions").status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT body FROM visit_note_versions WHERE note_id = CAST(:n AS uuid)").param("n", note)
			.query(byte[].class).list()).allSatisfy(b -> assertThat(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1))
				.doesNotContain("draft"));

		// the patient cancels the only visit: the record closes, and with it the author's pen
		patient.post("/api/appointments/" + visit + "/cancel", "{}");
		assertThat(doctorApi.put("/api/notes/" + note, "{\"body\":\"Changed afterwards\"}").status()).isEqualTo(404);
		assertThat(patient.get("/api/patients/" + patientId + "/record").<List<String>>json("$.notes[*].body"))
			.containsExactly("Final");
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/xml", "text/xml", "application/yaml", "application/x-yaml" })
	void apiBodiesAreJsonOnly(String type) {
		ApiClient anyone = new ApiClient(port);
		var response = anyone.send(anyone.withCsrf(HttpRequest.newBuilder(anyone.uri("/api/auth/register"))
			.header("Content-Type", type)
			.POST(HttpRequest.BodyPublishers.ofString("<x/>"))));
		assertThat(response.status()).isEqualTo(415);
	}

	@Test
	void browsersGetJsonNotXhtml() {
		var response = new ApiClient(port).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/clinic"))
			.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
		assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
	}

	@Test
	void oddInputIsA400NamingTheFieldNeverA500() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient anyone = new ApiClient(port);
		assertThat(anyone.get("/api/doctors?q=%ff%fe").status()).isEqualTo(400);
		assertThat(anyone.get("/api/doctors?q=a%00b").<List<String>>json("$.errors[*].field")).containsExactly("q");
		assertThat(anyone.get("/api/doctors/" + doctor.id() + "/slots?from=-999999999-01-01&to=-999999999-01-02")
			.<List<String>>json("$.errors[*].field")).contains("from");
		ApiClient patient = clinic.patient(port);
		var farFuture = patient.post("/api/appointments", "{\"doctorId\":\"%s\",\"start\":\"+999999999-12-31T00:00:00Z\"}"
			.formatted(doctor.id()));
		assertThat(farFuture.status()).isEqualTo(400);
		assertThat(farFuture.<List<String>>json("$.errors[*].field")).containsExactly("start");
		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		assertThat(doctorApi.put("/api/doctors/" + doctor.id() + "/overrides/9999-01-01", "{\"hours\":[]}").status()).isEqualTo(400);
		assertThat(doctorApi.post("/api/doctors/" + doctor.id() + "/time-off",
				"{\"start\":\"9999-01-01T00:00:00Z\",\"end\":\"9999-01-02T00:00:00Z\"}").<List<String>>json("$.errors[*].field"))
			.contains("start");
		assertThat(clinic.admin(port).get("/api/admin/revenue?from=-999999999-01-01&to=-999999999-01-02").status()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "m\u0430ria@example.com", "ｍaria@example.com", "ma\u200Bria@example.com", "ma\u00ADria@example.com",
			"mar\u0131a@example.com", "a@b", "maria@example" })
	void lookAlikeAddressesAreRefused(String email) {
		var response = new ApiClient(port).register(email, Accounts.PASSWORD, "María");
		assertThat(response.status()).as(email).isEqualTo(400);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("email");
	}

	@Test
	void onlyDoctorsCarryADoctorsTitle() {
		var response = new ApiClient(port).register(Accounts.email("pt"), Accounts.PASSWORD, "Dr. House");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("fullName");
		ApiClient patient = clinic.patient(port);
		assertThat(patient.patch("/api/me", "{\"fullName\":\"Doctor Who\"}").status()).isEqualTo(400);
		assertThat(patient.patch("/api/me", "{\"fullName\":\"Drew Barry\"}").status()).as("a name, not a title").isEqualTo(200);
	}

	@Test
	void adminsSeeThatAReasonWasGivenNotTheReasonUnlessTheyBreakTheGlass() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String patientId = patient.get("/api/me").json("$.id");
		String id = book(patient, doctor, slot(8, 9), "Suicidal thoughts");
		ApiClient admin = clinic.admin(port);

		List<Map<String, Object>> listed = admin.get("/api/appointments?patientId=" + patientId).json("$");
		assertThat(listed).singleElement().satisfies(a -> {
			assertThat(a.get("reason")).isNull();
			assertThat(a.get("reasonGiven")).isEqualTo(true);
		});
		assertThat(admin.get("/api/appointments/" + id).body()).doesNotContain("Suicidal");
		assertThat(admin.header("X-Break-Glass-Reason", "short").get("/api/appointments/" + id).status()).isEqualTo(400);
		var glass = clinic.admin(port).header("X-Break-Glass-Reason", "Patient called about a missed call-back");
		assertThat(glass.get("/api/appointments/" + id).<String>json("$.reason")).isEqualTo("Suicidal thoughts");
		assertThat(patient.get("/api/patients/" + patientId + "/access-log").<List<String>>json("$[*].action"))
			.contains("BREAK_GLASS_REASONS");
		assertThat(patient.get("/api/appointments/" + id).<String>json("$.reason")).isEqualTo("Suicidal thoughts");
		assertThat(clinic.signedIn(port, doctor.email()).get("/api/appointments/" + id).<String>json("$.reason"))
			.isEqualTo("Suicidal thoughts");
	}

	@Test
	void noTextGoesToANumberNobodyProved() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		var unproved = patient.patch("/api/me", "{\"phone\":\"+4915100000001\",\"currentPassword\":\"" + Accounts.PASSWORD + "\"}");
		assertThat(unproved.<Boolean>json("$.phoneVerified")).isFalse();
		book(patient, doctor, slot(9, 9), "");
		assertThat(patient.get("/api/notifications").<List<Object>>json("$")).as("nothing queued for it").isEmpty();

		assertThat(patient.post("/api/me/phone/code", null).status()).isEqualTo(202);
		List<String> codes = patient.get("/api/notifications").json("$[?(@.kind == 'VERIFY')].message");
		assertThat(codes).singleElement().asString().containsPattern("\\d{6}");
		assertThat(clinic.admin(port).get("/api/admin/notifications").<List<String>>json("$[?(@.kind == 'VERIFY')].message"))
			.as("codes are not in the admin's log").allSatisfy(m -> assertThat(m).doesNotContainPattern("\\d{6}"));
		var wrong = patient.post("/api/me/phone/verify", "{\"code\":\"000000\"}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.<List<String>>json("$.errors[*].field")).containsExactly("code");
		String code = codes.get(0).replaceAll(".*?(\\d{6}).*", "$1");
		assertThat(patient.post("/api/me/phone/verify", "{\"code\":\"" + code + "\"}").<Boolean>json("$.phoneVerified")).isTrue();
		assertThat(patient.get("/api/notifications").<List<String>>json("$[*].kind")).as("its reminders come back")
			.contains("REMINDER");
	}

	@Test
	void aDeactivatedDoctorLeavesTheDirectoryAndCannotBeBooked() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient admin = clinic.admin(port);
		assertThat(admin.post("/api/admin/users/" + doctor.view().userId() + "/deactivate", null).status()).isEqualTo(200);
		ApiClient anyone = new ApiClient(port);
		assertThat(anyone.get("/api/doctors/" + doctor.id()).status()).isEqualTo(404);
		assertThat(anyone.get("/api/doctors?q=" + doctor.view().fullName().replace(" ", "%20") + "&size=100")
			.<List<String>>json("$.items[*].id")).doesNotContain(doctor.id());
		assertThat(clinic.patient(port).post("/api/appointments", "{\"doctorId\":\"%s\",\"start\":\"%s\"}"
			.formatted(doctor.id(), slot(5, 9))).status()).isEqualTo(404);
	}

	@Test
	void theBookingPoliciesArePublic() {
		var config = new ApiClient(port).get("/api/config");
		assertThat(config.status()).isEqualTo(200);
		assertThat(config.<Integer>json("$.patientCancellationCutoffHours")).isEqualTo(24);
	}
}
