package org.careslot.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.careslot.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** CARESLOT_REQUIRE_MFA=true, as on a real installation: doctors and admins must set up a second factor. */
@ApiTest
@TestPropertySource(properties = "careslot.security.require-mfa=true")
class TwoFactorRequiredTests {

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void pinClock() {
		clock.pin();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aDoctorWithoutASecondFactorCanOnlySetItUp() {
		ApiClient doctor = clinic.signedIn(port, clinic.doctor().email());
		var me = doctor.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.<Boolean>json("$.twoFactorRequired")).isTrue();
		assertThat(me.<Boolean>json("$.twoFactorEnabled")).isFalse();

		var refused = doctor.get("/api/appointments");
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(refused.<String>json("$.type")).isEqualTo("urn:careslot:problem:two-factor-setup-required");
		assertThat(refused.<String>json("$.title")).isEqualTo("Two-factor sign-in must be set up first");
		assertThat(doctor.get("/api/doctors/me").status()).isEqualTo(403);

		var started = doctor.post("/api/me/two-factor", null);
		assertThat(started.status()).isEqualTo(200);
		byte[] secret = TwoFactorCodes.decodeBase32(started.json("$.secret"));
		var activated = doctor.post("/api/me/two-factor/activate",
				"{\"code\":\"" + TwoFactorCodes.at(secret, clock.instant()) + "\"}");
		assertThat(activated.status()).isEqualTo(200);

		assertThat(doctor.get("/api/appointments").status()).isEqualTo(200);
		assertThat(doctor.get("/api/me").<Boolean>json("$.twoFactorEnabled")).isTrue();
		var off = doctor.delete("/api/me/two-factor", "{\"code\":\"" + TwoFactorCodes.at(secret, clock.instant().plusSeconds(30)) + "\"}");
		assertThat(off.status()).as("required: cannot be turned off").isEqualTo(422);
	}

	@Test
	void adminsToo() {
		ApiClient admin = clinic.admin(port);
		assertThat(admin.get("/api/admin/users").status()).isEqualTo(403);
		assertThat(admin.get("/api/me").<Boolean>json("$.twoFactorRequired")).isTrue();
	}

	@Test
	void patientsAreNotAsked() {
		ApiClient patient = clinic.patient(port);
		assertThat(patient.get("/api/me").<Boolean>json("$.twoFactorRequired")).isFalse();
		assertThat(patient.get("/api/appointments").status()).isEqualTo(200);
	}
}
