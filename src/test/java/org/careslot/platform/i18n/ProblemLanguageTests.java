package org.careslot.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Problems speak the caller's language: the signed-in account's, else Accept-Language, else
 * English. Titles, details and field messages are translated; {@code code} members stay the same
 * in every language so a client can translate them itself.
 */
@ApiTest
class ProblemLanguageTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Test
	void theAccountsLanguageChoosesFrenchEvenAgainstTheBrowser() {
		ApiClient patient = clinic.patient(port);
		assertThat(patient.patch("/api/me", "{\"language\":\"fr\"}").status()).isEqualTo(200);
		patient.header("Accept-Language", "de-DE,de;q=0.9");

		var refused = patient.patch("/api/me", "{\"timeZone\":\"Mars/Olympus\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.<String>json("$.title")).isEqualTo("Requête invalide");
		assertThat(refused.<String>json("$.code")).isEqualTo("field.timeZone");
		assertThat(refused.<String>json("$.detail")).isEqualTo("timeZone: doit être un fuseau horaire IANA comme Europe/Paris");
		assertThat(refused.<String>json("$.errors[0].field")).isEqualTo("timeZone");
		assertThat(refused.<String>json("$.errors[0].code")).isEqualTo("field.timeZone");
		assertThat(refused.<String>json("$.errors[0].message")).isEqualTo("doit être un fuseau horaire IANA comme Europe/Paris");

		var twoLines = patient.patch("/api/me", "{\"fullName\":\"Ann\\nBell\"}");
		assertThat(twoLines.status()).isEqualTo(400);
		assertThat(twoLines.<String>json("$.errors[0].code")).isEqualTo("careslot.singleLine");
		assertThat(twoLines.<String>json("$.errors[0].message")).isEqualTo("doit tenir sur une seule ligne");
	}

	@Test
	void theAccountsLanguageChoosesArabicWithItsPluralForms() {
		Clinic.Doctor doctor = clinic.doctor(); // takes bookings up to 60 days ahead
		ApiClient patient = clinic.patient(port);
		assertThat(patient.patch("/api/me", "{\"language\":\"ar\"}").status()).isEqualTo(200);

		var invalid = patient.patch("/api/me", "{\"timeZone\":\"Mars/Olympus\"}");
		assertThat(invalid.<String>json("$.title")).isEqualTo("طلب غير صالح");
		assertThat(invalid.<String>json("$.errors[0].message")).isEqualTo("يجب أن تكون منطقة زمنية وفق IANA مثل Asia/Riyadh");

		var tooFar = patient.post("/api/appointments", booking(doctor, 70));
		assertThat(tooFar.status()).isEqualTo(422);
		assertThat(tooFar.<String>json("$.title")).isEqualTo("غير مسموح به");
		assertThat(tooFar.<String>json("$.code")).isEqualTo("booking.refused.tooFar");
		assertThat(tooFar.<String>json("$.detail"))
			.isEqualTo("هذا الوقت بعيد جدًا؛ يقبل هذا الطبيب الحجوزات قبل 60 يومًا كحد أقصى");
	}

	@Test
	void aSignedOutCallerIsAnsweredInTheBestAcceptLanguage() {
		var french = new ApiClient(port).header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8")
			.register("not-an-address", Accounts.PASSWORD, "Ann\nBell".replace("\n", "\\n"));
		assertThat(french.status()).isEqualTo(400);
		assertThat(french.<String>json("$.title")).isEqualTo("Requête invalide");
		assertThat(french.<List<String>>json("$.errors[*].code")).containsExactly("jakarta.validation.constraints.Email.message",
				"careslot.singleLine");
		assertThat(french.<List<String>>json("$.errors[*].message")).doesNotContain("must be a well-formed email address")
			.contains("doit tenir sur une seule ligne");

		String email = Accounts.email("lang");
		assertThat(new ApiClient(port).register(email, Accounts.PASSWORD, "Ann Bell").status()).isEqualTo(201);
		var arabic = new ApiClient(port).header("Accept-Language", "ar-EG").register(email, Accounts.PASSWORD, "Ann Bell");
		assertThat(arabic.status()).isEqualTo(409);
		assertThat(arabic.<String>json("$.title")).isEqualTo("تعارض");
		assertThat(arabic.<String>json("$.detail")).isEqualTo("يوجد حساب بهذا البريد الإلكتروني بالفعل");
		assertThat(arabic.<String>json("$.code")).isEqualTo("account.emailTaken");
		assertThat(arabic.<String>json("$.errors[0].code")).isEqualTo("account.emailTaken");

		var unsupported = new ApiClient(port).header("Accept-Language", "ja-JP").register(email, Accounts.PASSWORD, "Ann Bell");
		assertThat(unsupported.<String>json("$.detail")).isEqualTo("An account with this email already exists");
	}

	@Test
	void englishStaysAsItWasAndCarriesTheCodes() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient patient = clinic.patient(port);

		var tooFar = patient.post("/api/appointments", booking(doctor, 70));
		assertThat(tooFar.<String>json("$.title")).isEqualTo("Not allowed");
		assertThat(tooFar.<String>json("$.detail"))
			.isEqualTo("That time is too far ahead; this doctor takes bookings up to 60 days ahead");
		assertThat(tooFar.<String>json("$.code")).isEqualTo("booking.refused.tooFar");

		var invalid = patient.patch("/api/me", "{\"timeZone\":\"Mars/Olympus\"}");
		assertThat(invalid.<String>json("$.title")).isEqualTo("Invalid request");
		assertThat(invalid.<String>json("$.detail")).isEqualTo("timeZone: must be an IANA time zone such as Europe/Berlin");
	}

	private static String booking(Clinic.Doctor doctor, int daysAhead) {
		String start = LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead).atTime(9, 0).toInstant(ZoneOffset.UTC).toString();
		return """
				{"doctorId":"%s","start":"%s"}""".formatted(doctor.id(), start);
	}
}
