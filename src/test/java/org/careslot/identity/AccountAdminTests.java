package org.careslot.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class AccountAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Test
	void usersEditTheirOwnNameAndPhone() {
		ApiClient patient = clinic.patient(port);
		var withoutPassword = patient.patch("/api/me", "{\"fullName\":\"Renée Lévy\",\"phone\":\"+33 1 42 68 53 00\"}");
		assertThat(withoutPassword.status()).as("a new number needs the password").isEqualTo(400);
		assertThat(withoutPassword.<List<String>>json("$.errors[*].field")).containsExactly("currentPassword");
		assertThat(patient.get("/api/me").<String>json("$.phone")).as("nothing changed").isNull();
		var updated = patient.patch("/api/me", "{\"fullName\":\"Renée Lévy\",\"phone\":\"+33 1 42 68 53 00\",\"currentPassword\":\""
				+ Accounts.PASSWORD + "\"}");
		assertThat(updated.status()).as(updated.body()).isEqualTo(200);
		assertThat(updated.<String>json("$.phone")).isEqualTo("+33142685300");
		assertThat(updated.<Boolean>json("$.phoneVerified")).as("not until the code is entered").isFalse();
		assertThat(patient.get("/api/me").<String>json("$.fullName")).isEqualTo("Renée Lévy");

		var bad = patient.patch("/api/me", "{\"phone\":\"call me\"}");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.<List<String>>json("$.errors[*].field")).containsExactly("phone");
		assertThat(patient.get("/api/me").<String>json("$.phone")).as("nothing lost").isEqualTo("+33142685300");
	}

	@Test
	void languageComesFromTheBrowserAtSignUpAndLanguageAndTimeZoneAreChangedWithTheProfile() {
		ApiClient patient = new ApiClient(port).header("Accept-Language", "fr-CH, fr;q=0.9, en;q=0.8");
		var registered = patient.register(Accounts.email("lang"), Accounts.PASSWORD, "Chloé Martin");
		assertThat(registered.<String>json("$.language")).isEqualTo("fr");
		assertThat(registered.<String>json("$.timeZone")).as("the doctor's until chosen").isNull();
		assertThat(new ApiClient(port).header("Accept-Language", "ja-JP").register(Accounts.email("lang"), Accounts.PASSWORD, "Ren")
			.<String>json("$.language")).as("unsupported: English").isEqualTo("en");

		var changed = patient.patch("/api/me", "{\"language\":\"de\",\"timeZone\":\"America/New_York\"}");
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(patient.get("/api/me").<String>json("$.language")).isEqualTo("de");
		assertThat(patient.get("/api/me").<String>json("$.timeZone")).isEqualTo("America/New_York");

		var badLanguage = patient.patch("/api/me", "{\"fullName\":\"Someone Else\",\"language\":\"klingon\"}");
		assertThat(badLanguage.status()).isEqualTo(400);
		assertThat(badLanguage.<List<String>>json("$.errors[*].field")).containsExactly("language");
		var badZone = patient.patch("/api/me", "{\"timeZone\":\"Mars/Olympus_Mons\"}");
		assertThat(badZone.status()).isEqualTo(400);
		assertThat(badZone.<List<String>>json("$.errors[*].field")).containsExactly("timeZone");
		var me = patient.get("/api/me");
		assertThat(me.<String>json("$.fullName")).as("nothing lost").isEqualTo("Chloé Martin");
		assertThat(me.<String>json("$.language")).isEqualTo("de");
		assertThat(me.<String>json("$.timeZone")).isEqualTo("America/New_York");

		assertThat(patient.patch("/api/me", "{\"timeZone\":\"\"}").<String>json("$.timeZone")).as("back to the doctor's").isNull();
	}

	@Test
	void aDoctorsNewNameReachesTheDirectory() {
		Clinic.Doctor doctor = clinic.doctor();
		ApiClient me = clinic.signedIn(port, doctor.email());
		me.patch("/api/me", "{\"fullName\":\"Dr. Ngozi Adeyemi\"}");
		assertThat(new ApiClient(port).get("/api/doctors/" + doctor.id()).<String>json("$.fullName")).isEqualTo("Dr. Ngozi Adeyemi");
	}

	@Test
	void adminsDeactivateAccountsWhichEndsTheirSessionsAndReactivateThem() {
		ApiClient admin = clinic.admin(port);
		String email = Accounts.email("deact");
		ApiClient user = new ApiClient(port);
		String id = user.register(email, Accounts.PASSWORD, "To Deactivate").json("$.id");

		List<String> found = admin.get("/api/admin/users?role=PATIENT&q=" + email).json("$[*].id");
		assertThat(found).containsExactly(id);

		var off = admin.post("/api/admin/users/" + id + "/deactivate", null);
		assertThat(off.<Boolean>json("$.enabled")).isFalse();
		assertThat(user.get("/api/me").status()).as("session ended").isEqualTo(401);
		assertThat(new ApiClient(port).login(email, Accounts.PASSWORD).status()).isEqualTo(401);

		admin.post("/api/admin/users/" + id + "/reactivate", null);
		assertThat(new ApiClient(port).login(email, Accounts.PASSWORD).status()).isEqualTo(200);

		assertThat(clinic.patient(port).get("/api/admin/users").status()).isEqualTo(403);
		String adminId = admin.get("/api/me").json("$.id");
		assertThat(admin.post("/api/admin/users/" + adminId + "/deactivate", null).status()).isEqualTo(422);
	}

	@Test
	void selfRegisteredDoctorsWaitForApproval() {
		ApiClient anyone = new ApiClient(port);
		String email = Accounts.email("selfdr");
		var created = anyone.post("/api/auth/register-doctor", """
				{"email":"%s","password":"%s","fullName":"Dr. Self Registered","specialty":"Neurology","timeZone":"Europe/Madrid",
				 "languages":["es","en"],"consultationFee":{"amount":"75.00","currency":"EUR"}}""".formatted(email, Accounts.PASSWORD));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String id = created.json("$.id");
		assertThat(new ApiClient(port).get("/api/doctors/" + id).status()).isEqualTo(404);
		assertThat(clinic.signedIn(port, email).get("/api/doctors/me").<Boolean>json("$.listed")).isFalse();

		ApiClient admin = clinic.admin(port);
		assertThat(admin.get("/api/admin/doctors?status=PENDING").<List<String>>json("$[*].id")).contains(id);
		assertThat(admin.post("/api/admin/doctors/" + id + "/approve", null).<Boolean>json("$.listed")).isTrue();
		assertThat(new ApiClient(port).get("/api/doctors/" + id).<String>json("$.timeZone")).isEqualTo("Europe/Madrid");
	}

	@Test
	void adminsCreateListedDoctorsWithValidatedInput() {
		ApiClient admin = clinic.admin(port);
		var bad = admin.post("/api/admin/doctors", """
				{"email":"%s","password":"%s","fullName":"Dr. Zone","specialty":"Neurology","timeZone":"Nowhere/City"}"""
			.formatted(Accounts.email("zone"), Accounts.PASSWORD));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.<List<String>>json("$.errors[*].field")).containsExactly("timeZone");
		var ok = admin.post("/api/admin/doctors", """
				{"email":"%s","password":"%s","fullName":"Dr. Created","specialty":"Neurology","timeZone":"Asia/Tokyo","slotMinutes":15}"""
			.formatted(Accounts.email("created"), Accounts.PASSWORD));
		assertThat(ok.status()).as(ok.body()).isEqualTo(201);
		assertThat(ok.<Integer>json("$.slotMinutes")).isEqualTo(15);
		assertThat(ok.<Boolean>json("$.listed")).isTrue();
		assertThat(ok.<String>json("$.email")).endsWith("@example.test");
		assertThat(ok.<String>json("$.timeZone")).isEqualTo("Asia/Tokyo");
	}
}
