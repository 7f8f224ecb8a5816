package org.careslot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.careslot.support.Phones;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One patient per language, signed up from a browser in that language: the booking's text message,
 * the calendar file and the PDF report all come in it, times on the language's own clock (a visit
 * at 15:00 in Berlin is "3:00 PM" in English and "15:00" in German).
 */
@ApiTest
class FiveLanguagesTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			en | CareSlot: your appointment with     | 3:00[\\s\\u202F]?PM | SUMMARY:Appointment with | Patient report
			de | CareSlot: Ihr Termin bei            | 15:00 Uhr          | SUMMARY:Termin bei       | Patientenbericht
			fr | CareSlot : votre rendez-vous avec   | à 15:00            | SUMMARY:Rendez-vous avec | Rapport patient
			es | CareSlot: su cita con               | a las 15:00        | SUMMARY:Cita con         | Informe del paciente
			ar | من CareSlot: تم حجز موعدك مع         | 3:00[\\s\\u202F]?م  | SUMMARY:موعد مع           | (Arabic script)
			""")
	void textsCalendarAndReportInTheLanguage(String language, String textStart, String timeOfDay, String summary,
			String reportTitle) throws IOException {
		Clinic.Doctor doctor = clinic.doctor(BERLIN, false);
		ApiClient patient = new ApiClient(port).header("Accept-Language", language);
		assertThat(patient.register(Accounts.email("lang"), Accounts.PASSWORD, "Sam Sprache").status()).isEqualTo(201);
		assertThat(patient.get("/api/me").<String>json("$.language")).isEqualTo(language);
		Phones.confirm(patient, Phones.unique());
		String start = LocalDate.now(BERLIN).plusDays(6).atTime(15, 0).atZone(BERLIN).toInstant().toString();
		var booked = patient.post("/api/appointments", "{\"doctorId\":\"%s\",\"start\":\"%s\"}".formatted(doctor.id(), start));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);

		List<Map<String, Object>> messages = patient.get("/api/notifications").json("$");
		String text = messages.stream().filter(m -> "BOOKED".equals(m.get("kind"))).map(m -> (String) m.get("message"))
			.findFirst().orElseThrow();
		assertThat(text).startsWith(textStart + " " + doctor.view().fullName()).containsPattern(timeOfDay);

		String ics = patient.get("/api/appointments/" + booked.json("$.id") + "/calendar.ics").body();
		assertThat(ics).contains(summary + " " + doctor.view().fullName());

		HttpResponse<byte[]> report = patient.download("/api/patients/" + patient.get("/api/me").json("$.id") + "/report.pdf");
		assertThat(report.statusCode()).isEqualTo(200);
		try (PDDocument pdf = Loader.loadPDF(report.body())) {
			String page = new PDFTextStripper().getText(pdf);
			if (language.equals("ar")) {
				// the text layer of right-to-left glyphs comes out in visual order: count the script instead
				assertThat(page.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC).count())
					.isGreaterThan(40);
			}
			else {
				assertThat(page).contains(reportTitle);
			}
		}
	}
}
