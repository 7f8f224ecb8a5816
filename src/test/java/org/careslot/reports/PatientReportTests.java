package org.careslot.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The PDF read back with PDFBox: what a patient or their doctor would read in it. */
@ApiTest
class PatientReportTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Test
	void theReportHoldsTheWholeRecordInThePatientsLanguageWithEveryScriptAndNotesAsTyped() throws IOException {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient doctorApi = clinic.signedIn(port, doctor.email());
		doctorApi.patch("/api/me", "{\"fullName\":\"Dr. 王小明\"}");
		ApiClient patient = new ApiClient(port).header("Accept-Language", "de");
		assertThat(patient.register(Accounts.email("report"), Accounts.PASSWORD, "Ελένη Παπαδοπούλου").status()).isEqualTo(201);
		String patientId = patient.get("/api/me").json("$.id");
		String start = LocalDate.now(ZoneOffset.UTC).plusDays(9).atTime(11, 0).toInstant(ZoneOffset.UTC).toString();
		String appointmentId = patient.post("/api/appointments", "{\"doctorId\":\"%s\",\"start\":\"%s\"}".formatted(doctor.id(), start))
			.json("$.id");
		doctorApi.post("/api/appointments/" + appointmentId + "/confirm", null); // which opens the record to the doctor
		patient.put("/api/patients/" + patientId + "/medical-history", "{\"text\":\"Knie-OP 2015.\"}");
		patient.post("/api/patients/" + patientId + "/entries", "{\"kind\":\"ALLERGY\",\"text\":\"حساسية البنسلين\"}");
		patient.post("/api/patients/" + patientId + "/entries", "{\"kind\":\"MEDICATION\",\"text\":\"Ibuprofen 400 mg\"}");
		doctorApi.post("/api/appointments/" + appointmentId + "/notes",
				"{\"body\":\"Kontrolle in 2 Wochen. <script>alert(1)</script> & <b>fett?</b>\"}");

		HttpResponse<byte[]> response = patient.download("/api/patients/" + patientId + "/report.pdf");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;").contains(".pdf");

		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Patientenbericht", "Ελένη Παπαδοπούλου", "Dr. 王小明", "Knie-OP 2015.", "Ibuprofen 400 mg",
					"Krankengeschichte", "Allergien", "Termine", "Bestätigt", "Behandlungsnotizen",
					"Kontrolle in 2 Wochen. <script>alert(1)</script> & <b>fett?</b>");
			assertThat(text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count())
				.as("the Arabic allergy is drawn").isGreaterThanOrEqualTo(10);
			assertThat(fonts(pdf)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
		}

		assertThat(doctorApi.download("/api/patients/" + patientId + "/report.pdf").statusCode()).as("their doctor").isEqualTo(200);
		assertThat(clinic.patient(port).download("/api/patients/" + patientId + "/report.pdf").statusCode()).isEqualTo(404);
		assertThat(clinic.signedIn(port, clinic.doctor().email()).download("/api/patients/" + patientId + "/report.pdf").statusCode())
			.isEqualTo(404);
		assertThat(clinic.admin(port).header("X-Break-Glass-Reason", "an emergency, says the admin")
			.download("/api/patients/" + patientId + "/report.pdf").statusCode()).as("admins never get the report").isEqualTo(404);

		List<Map<String, Object>> log = patient.get("/api/patients/" + patientId + "/access-log").json("$");
		assertThat(log.stream().filter(e -> "DOWNLOAD_REPORT".equals(e.get("action"))).map(e -> e.get("actorRole")))
			.containsExactlyInAnyOrder("PATIENT", "DOCTOR");
	}

	private static List<PDFont> fonts(PDDocument pdf) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		for (PDPage page : pdf.getPages()) {
			for (var name : page.getResources().getFontNames()) {
				fonts.add(page.getResources().getFont(name));
			}
		}
		return fonts;
	}
}
