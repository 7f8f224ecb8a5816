package org.careslot.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@ApiTest
class RecordsTests {

	/** A real 1×1 PNG. */
	static final byte[] PNG = Base64.getDecoder().decode(
			"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	JdbcClient jdbc;

	/** A patient with one visit the doctor confirmed (which opens the record to the doctor), both signed in. */
	record Care(ApiClient patient, String patientId, Clinic.Doctor doctor, ApiClient doctorApi, String appointmentId) {
	}

	private Care care(int daysAhead) {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);
		String patientId = patient.get("/api/me").json("$.id");
		String start = LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead).atTime(9, 0).toInstant(ZoneOffset.UTC).toString();
		var booked = patient.post("/api/appointments", "{\"doctorId\":\"%s\",\"start\":\"%s\"}".formatted(doctor.id(), start));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		assertThat(doctorApi.post("/api/appointments/" + booked.json("$.id") + "/confirm", null).status()).isEqualTo(200);
		return new Care(patient, patientId, doctor, doctorApi, booked.json("$.id"));
	}

	private static String record(String patientId) {
		return "/api/patients/" + patientId + "/record";
	}

	@Test
	void aPatientKeepsTheirHistoryAndListsAndTheyAreSealedAtRest() {
		Care c = care(3);
		var history = c.patient().put("/api/patients/" + c.patientId() + "/medical-history",
				"{\"text\":\"Appendectomy in 2009.\\nΑλλεργία: γύρη · 花粉症\"}");
		assertThat(history.status()).as(history.body()).isEqualTo(200);
		var allergy = c.patient().post("/api/patients/" + c.patientId() + "/entries", "{\"kind\":\"ALLERGY\",\"text\":\"Penicillin (rash)\"}");
		assertThat(allergy.status()).as(allergy.body()).isEqualTo(201);
		c.patient().post("/api/patients/" + c.patientId() + "/entries", "{\"kind\":\"MEDICATION\",\"text\":\"Metformin 500 mg twice daily\"}");
		var condition = c.patient().post("/api/patients/" + c.patientId() + "/entries", "{\"kind\":\"CONDITION\",\"text\":\"Type 2 diabetes\"}");

		var mine = c.patient().get(record(c.patientId()));
		assertThat(mine.<String>json("$.medicalHistory")).isEqualTo("Appendectomy in 2009.\nΑλλεργία: γύρη · 花粉症");
		assertThat(mine.<List<String>>json("$.allergies[*].text")).containsExactly("Penicillin (rash)");
		assertThat(mine.<List<String>>json("$.medications[*].text")).containsExactly("Metformin 500 mg twice daily");
		assertThat(mine.<List<String>>json("$.conditions[*].text")).containsExactly("Type 2 diabetes");
		assertThat(mine.<Boolean>json("$.access.canEditHistory")).isTrue();

		// nothing is deleted: the author marks it as entered in error and it stays, marked
		var marked = c.patient().delete("/api/patients/" + c.patientId() + "/entries/" + condition.json("$.id"));
		assertThat(marked.status()).isEqualTo(200);
		assertThat(marked.<String>json("$.enteredInErrorAt")).isNotNull();
		assertThat(c.patient().get(record(c.patientId())).<List<String>>json("$.conditions[*].enteredInErrorByName"))
			.containsExactly("Test Patient");

		// at rest: ciphertext and a key id, never the words
		UUID patient = UUID.fromString(c.patientId());
		Map<String, Object> row = jdbc.sql("SELECT medical_history, key_id FROM patients WHERE user_id = :id").param("id", patient).query().singleRow();
		assertThat(new String((byte[]) row.get("medical_history"), StandardCharsets.ISO_8859_1)).doesNotContain("Appendectomy");
		assertThat((String) row.get("key_id")).hasSize(8);
		assertThat(jdbc.sql("SELECT text FROM record_entries WHERE patient_id = :id").param("id", patient).query(byte[].class).list())
			.hasSize(3).allSatisfy(text -> assertThat(new String(text, StandardCharsets.ISO_8859_1)).doesNotContain("Penicillin").doesNotContain("Metformin"));
	}

	@Test
	void onlyThePatientTheirDoctorsAndABreakGlassAdminSeeARecordAndEveryAccessIsInTheLog() {
		Care c = care(4);
		c.patient().post("/api/patients/" + c.patientId() + "/entries", "{\"kind\":\"ALLERGY\",\"text\":\"Latex\"}");
		String path = record(c.patientId());
		ApiClient otherPatient = clinic.patient(port);
		ApiClient strangerDoctor = clinic.signedIn(port, clinic.doctor().email());
		ApiClient admin = clinic.admin(port);

		for (ApiClient outsider : List.of(otherPatient, strangerDoctor, admin)) {
			assertThat(outsider.get(path).status()).isEqualTo(404);
			assertThat(outsider.post("/api/patients/" + c.patientId() + "/entries", "{\"kind\":\"ALLERGY\",\"text\":\"x\"}").status()).isEqualTo(404);
			assertThat(outsider.get("/api/patients/" + c.patientId() + "/access-log").status()).isEqualTo(404);
			assertThat(outsider.upload("/api/patients/" + c.patientId() + "/attachments", "x.png", "image/png", PNG).status()).isEqualTo(404);
		}
		assertThat(otherPatient.get(record(UUID.randomUUID().toString())).status()).as("same answer as for nobody").isEqualTo(404);
		assertThat(new ApiClient(port).get(path).status()).isEqualTo(401);

		var byDoctor = c.doctorApi().get(path);
		assertThat(byDoctor.status()).isEqualTo(200);
		assertThat(byDoctor.<List<String>>json("$.allergies[*].text")).containsExactly("Latex");
		assertThat(byDoctor.<Boolean>json("$.access.canEditHistory")).isFalse();
		assertThat(c.doctorApi().put("/api/patients/" + c.patientId() + "/medical-history", "{\"text\":\"x\"}").status()).isEqualTo(403);

		assertThat(admin.header("X-Break-Glass-Reason", "because").get(path).<String>json("$.errors[0].field"))
			.isEqualTo("X-Break-Glass-Reason");
		ApiClient breakGlass = clinic.admin(port).header("X-Break-Glass-Reason", "Patient unconscious in A&E, allergies needed");
		var emergency = breakGlass.get(path);
		assertThat(emergency.status()).isEqualTo(200);
		assertThat(emergency.<Boolean>json("$.access.breakGlass")).isTrue();
		assertThat(breakGlass.post("/api/patients/" + c.patientId() + "/entries", "{\"kind\":\"ALLERGY\",\"text\":\"x\"}").status())
			.as("break-glass only reads").isEqualTo(403);

		var summary = clinic.admin(port).get("/api/admin/patients/" + c.patientId() + "/record-summary");
		assertThat(summary.<Integer>json("$.allergies")).isEqualTo(1);
		assertThat(summary.body()).doesNotContain("Latex");

		List<Map<String, Object>> log = c.patient().get("/api/patients/" + c.patientId() + "/access-log").json("$");
		assertThat(log).extracting(e -> e.get("action"), e -> e.get("actorRole")).containsExactly(
				org.assertj.core.groups.Tuple.tuple("BREAK_GLASS_READ", "ADMIN"),
				org.assertj.core.groups.Tuple.tuple("READ_RECORD", "DOCTOR"),
				org.assertj.core.groups.Tuple.tuple("ADD_ENTRY", "PATIENT"));
		assertThat(log.get(0).get("reason")).isEqualTo("Patient unconscious in A&E, allergies needed");
		assertThat(log.get(1).get("actorName")).isEqualTo(c.doctor().view().fullName());
		assertThat(log).as("the patient sees who, not from which address").allSatisfy(e -> assertThat(e.get("address")).isNull());
		assertThat(clinic.admin(port).get("/api/admin/audit?patientId=" + c.patientId()).<List<String>>json("$[*].address"))
			.contains(c.doctorApi().address());

		// a doctor whose only appointment was cancelled no longer cares for the patient
		Care cancelled = care(5);
		cancelled.patient().post("/api/appointments/" + cancelled.appointmentId() + "/cancel", "{}");
		assertThat(cancelled.doctorApi().get(record(cancelled.patientId())).status()).isEqualTo(404);
	}

	@Test
	void theAuditLogIsAppendOnlyInTheDatabaseItself() {
		Care c = care(6);
		c.patient().get(record(c.patientId()));
		assertThatThrownBy(() -> jdbc.sql("UPDATE clinical_audit SET reason = 'x'").update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM clinical_audit").update()).hasMessageContaining("append-only");
	}

	@Test
	void theDoctorOfAVisitWritesNotesShownAsWrittenAndOnlyTheAuthorEditsThem() {
		Care c = care(7);
		String script = "Follow-up in 2 weeks. <script>alert('x')</script> <b>not bold</b>";
		var note = c.doctorApi().post("/api/appointments/" + c.appointmentId() + "/notes", "{\"body\":\"" + script.replace("'", "'") + "\"}");
		assertThat(note.status()).as(note.body()).isEqualTo(201);
		assertThat(note.<String>json("$.body")).isEqualTo(script);
		assertThat(note.<Boolean>json("$.mine")).isTrue();
		String noteId = note.json("$.id");

		ApiClient otherDoctor = clinic.signedIn(port, clinic.doctor().email());
		assertThat(otherDoctor.post("/api/appointments/" + c.appointmentId() + "/notes", "{\"body\":\"x\"}").status()).isEqualTo(404);
		assertThat(c.patient().post("/api/appointments/" + c.appointmentId() + "/notes", "{\"body\":\"x\"}").status()).isEqualTo(404);
		assertThat(otherDoctor.put("/api/notes/" + noteId, "{\"body\":\"changed\"}").status()).isEqualTo(404);
		assertThat(c.doctorApi().post("/api/appointments/" + c.appointmentId() + "/notes", "{\"body\":\" \"}").<String>json("$.errors[0].field"))
			.isEqualTo("body");

		var edited = c.doctorApi().put("/api/notes/" + noteId, "{\"body\":\"Follow-up in 3 weeks.\"}");
		assertThat(edited.status()).isEqualTo(200);
		var seen = c.patient().get(record(c.patientId()));
		assertThat(seen.<List<String>>json("$.notes[*].body")).containsExactly("Follow-up in 3 weeks.");
		assertThat(seen.<List<Boolean>>json("$.notes[*].mine")).containsExactly(false);
		assertThat(seen.<List<String>>json("$.notes[*].doctorName")).containsExactly(c.doctor().view().fullName());
		assertThat(new String(jdbc.sql("SELECT body FROM visit_notes WHERE id = :id").param("id", UUID.fromString(noteId))
			.query(byte[].class).single(), StandardCharsets.ISO_8859_1)).doesNotContain("Follow-up");
	}

	@Test
	void attachmentsAreJudgedByContentStoredSealedAndDownloadedUnderASafeName() {
		Care c = care(8);
		String uploads = "/api/patients/" + c.patientId() + "/attachments";
		var uploaded = c.patient().upload(uploads, "../../etc/\"scan\".PNG", "image/png", PNG);
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		assertThat(uploaded.<String>json("$.fileName")).isEqualTo("_scan_.png");
		assertThat(uploaded.<String>json("$.contentType")).isEqualTo("image/png");

		var disguised = c.patient().upload(uploads, "report.pdf", "application/pdf", "<html><script>alert(1)</script></html>".getBytes());
		assertThat(disguised.status()).isEqualTo(415);
		assertThat(disguised.<String>json("$.errors[0].field")).isEqualTo("file");
		var byDoctor = c.doctorApi().upload(uploads + "?appointmentId=" + c.appointmentId(), "lab.pdf", "application/pdf",
				"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes());
		assertThat(byDoctor.status()).as(byDoctor.body()).isEqualTo(201);
		assertThat(byDoctor.<String>json("$.appointmentId")).isEqualTo(c.appointmentId());
		assertThat(c.patient().upload(uploads + "?appointmentId=" + UUID.randomUUID(), "x.png", "image/png", PNG)
			.<String>json("$.errors[0].field")).isEqualTo("appointmentId");

		var download = c.doctorApi().download(uploads + "/" + uploaded.json("$.id"));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PNG);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("image/png");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;").contains("_scan_.png");
		assertThat(clinic.patient(port).download(uploads + "/" + uploaded.json("$.id")).statusCode()).isEqualTo(404);

		// an admin only with a stated reason, and the patient sees it in their access log
		assertThat(clinic.admin(port).download(uploads + "/" + uploaded.json("$.id")).statusCode()).isEqualTo(404);
		var emergency = clinic.admin(port).header("X-Break-Glass-Reason", "Referral letter needed by the ward tonight")
			.download(uploads + "/" + uploaded.json("$.id"));
		assertThat(emergency.statusCode()).isEqualTo(200);
		assertThat(emergency.body()).isEqualTo(PNG);
		List<Map<String, Object>> log = c.patient().get("/api/patients/" + c.patientId() + "/access-log").json("$");
		assertThat(log.get(0)).containsEntry("action", "DOWNLOAD_ATTACHMENT").containsEntry("actorRole", "ADMIN")
			.containsEntry("reason", "Referral letter needed by the ward tonight");

		byte[] stored = jdbc.sql("SELECT content FROM attachments WHERE id = :id").param("id", UUID.fromString(uploaded.json("$.id")))
			.query(byte[].class).single();
		assertThat(stored).isNotEqualTo(PNG);
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("PNG");

		var tooLarge = c.patient().send(c.patient().withCsrf(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + uploads))
			.header("Content-Type", "multipart/form-data; boundary=b")
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart(new byte[10 * 1024 * 1024 + 1])))));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(c.patient().get(record(c.patientId())).<List<Object>>json("$.attachments")).hasSize(2);
	}

	private static byte[] multipart(byte[] content) {
		byte[] head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.png\"\r\nContent-Type: image/png\r\n\r\n"
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = "\r\n--b--\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(PNG, 0, content, 0, PNG.length);
		System.arraycopy(content, 0, all, head.length, content.length);
		System.arraycopy(tail, 0, all, head.length + content.length, tail.length);
		return all;
	}
}
