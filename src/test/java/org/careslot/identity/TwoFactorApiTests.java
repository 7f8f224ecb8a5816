package org.careslot.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.careslot.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Optional two-factor sign-in (the default on the embedded database): a patient sets it up and uses it. */
@ApiTest
class TwoFactorApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clinic clinic;

	@BeforeEach
	void pinClock() {
		// codes belong to 30-second steps: time stands still unless a test moves it
		clock.pin();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** A signed-up patient, their email, and once enrolled, their secret and recovery codes. */
	final class Person {

		final String email = Accounts.email("tf");
		final ApiClient api = new ApiClient(port);
		byte[] secret;
		List<String> recoveryCodes;

		Person() {
			assertThat(api.register(email, Accounts.PASSWORD, "Two Factor").status()).isEqualTo(201);
		}

		ApiClient.Response start() {
			var started = api.post("/api/me/two-factor", null);
			assertThat(started.status()).isEqualTo(200);
			secret = TwoFactorCodes.decodeBase32(started.json("$.secret"));
			return started;
		}

		Person enrolled() {
			start();
			var activated = api.post("/api/me/two-factor/activate", code(0));
			assertThat(activated.status()).as(activated.toString()).isEqualTo(200);
			recoveryCodes = activated.json("$.recoveryCodes");
			return this;
		}

		/** {"code": ...} for the step {@code drift} steps away from now. */
		String code(int drift) {
			return "{\"code\":\"" + TwoFactorCodes.at(secret, clock.instant().plusSeconds(30L * drift)) + "\"}";
		}

		ApiClient passwordStep() {
			ApiClient fresh = new ApiClient(port);
			var login = fresh.login(email, Accounts.PASSWORD);
			assertThat(login.status()).isEqualTo(200);
			assertThat(login.<Boolean>json("$.twoFactorChallenge")).isTrue();
			return fresh;
		}
	}

	@Test
	void setUpShowsASecretAndActivatesOnlyWithTheRightCode() {
		Person p = new Person();
		var started = p.start();
		assertThat(started.<String>json("$.secret")).matches("[A-Z2-7]{32}");
		assertThat(started.<String>json("$.otpauthUri"))
			.startsWith("otpauth://totp/CareSlot%3A" + p.email.replace("@", "%40") + "?secret=" + started.json("$.secret"))
			.contains("&issuer=CareSlot");
		assertThat(p.api.get("/api/me").<Boolean>json("$.twoFactorEnabled")).isFalse();
		// not active before the first code: the password alone still signs in
		assertThat(new ApiClient(port).login(p.email, Accounts.PASSWORD).<String>json("$.email")).isEqualTo(p.email);

		var wrong = p.api.post("/api/me/two-factor/activate", "{\"code\":\"000000\"}".replace("000000",
				TwoFactorCodes.at(p.secret, clock.instant().plusSeconds(90))));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.<List<String>>json("$.errors[*].field")).containsExactly("code");

		var activated = p.api.post("/api/me/two-factor/activate", p.code(0));
		assertThat(activated.status()).isEqualTo(200);
		assertThat(activated.<List<String>>json("$.recoveryCodes")).hasSize(10).doesNotHaveDuplicates()
			.allMatch(c -> c.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
		var me = p.api.get("/api/me");
		assertThat(me.<Boolean>json("$.twoFactorEnabled")).isTrue();
		assertThat(me.<Boolean>json("$.twoFactorRequired")).isFalse();
		assertThat(p.api.post("/api/me/two-factor", null).status()).as("no second enrolment while on").isEqualTo(409);
	}

	@Test
	void theSecretIsSealedAtRest() {
		Person p = new Person().enrolled();
		UUID id = UUID.fromString(p.api.get("/api/me").json("$.id"));
		byte[] stored = jdbc.sql("SELECT secret FROM two_factor WHERE user_id = :id").param("id", id).query(byte[].class)
			.single();
		assertThat(stored).hasSizeGreaterThan(p.secret.length);
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(new String(p.secret, java.nio.charset.StandardCharsets.ISO_8859_1));
	}

	@Test
	void signInNeedsThePasswordAndThenACode() {
		Person p = new Person().enrolled();
		clock.advance(Duration.ofMinutes(1));

		ApiClient api = p.passwordStep();
		assertThat(api.get("/api/me").status()).as("the password alone signs nobody in").isEqualTo(401);
		assertThat(api.get("/api/appointments").status()).isEqualTo(401);
		String before = api.cookie("SESSION").orElseThrow();

		var done = api.post("/api/auth/login/two-factor", p.code(0));
		assertThat(done.status()).as(done.toString()).isEqualTo(200);
		assertThat(done.<String>json("$.email")).isEqualTo(p.email);
		assertThat(api.cookie("SESSION")).as("session id rotated").isPresent().isNotEqualTo(java.util.Optional.of(before));
		assertThat(api.get("/api/me").<String>json("$.email")).isEqualTo(p.email);
		assertThat(api.get("/api/appointments").status()).isEqualTo(200);
	}

	@Test
	void theSecondStepNeedsTheFirst() {
		Person p = new Person().enrolled();
		clock.advance(Duration.ofMinutes(1));
		var alone = new ApiClient(port).post("/api/auth/login/two-factor", p.code(0));
		assertThat(alone.status()).isEqualTo(401);

		ApiClient api = p.passwordStep();
		clock.advance(Duration.ofMinutes(6));
		assertThat(api.post("/api/auth/login/two-factor", p.code(0)).status()).as("the password step expired")
			.isEqualTo(401);
	}

	@Test
	void aCodeWorksOnceEvenWithinItsWindow() {
		Person p = new Person().enrolled();
		clock.advance(Duration.ofMinutes(1));
		assertThat(p.passwordStep().post("/api/auth/login/two-factor", p.code(0)).status()).isEqualTo(200);

		ApiClient replay = p.passwordStep();
		var again = replay.post("/api/auth/login/two-factor", p.code(0));
		assertThat(again.status()).isEqualTo(401);
		assertThat(again.<List<String>>json("$.errors[*].field")).containsExactly("code");
		assertThat(replay.post("/api/auth/login/two-factor", p.code(-1)).status()).as("older than the last one used")
			.isEqualTo(401);
		assertThat(replay.post("/api/auth/login/two-factor", p.code(1)).status()).isEqualTo(200);
	}

	@Test
	void oneStepOfClockDriftIsAcceptedTwoAreNot() {
		Person p = new Person().enrolled();
		clock.advance(Duration.ofMinutes(5));
		ApiClient api = p.passwordStep();
		assertThat(api.post("/api/auth/login/two-factor", p.code(-2)).status()).isEqualTo(401);
		assertThat(api.post("/api/auth/login/two-factor", p.code(2)).status()).isEqualTo(401);
		assertThat(api.post("/api/auth/login/two-factor", p.code(-1)).status()).isEqualTo(200);

		clock.advance(Duration.ofMinutes(5));
		assertThat(p.passwordStep().post("/api/auth/login/two-factor", p.code(1)).status()).isEqualTo(200);
	}

	@Test
	void aRecoveryCodeWorksOnce() {
		Person p = new Person().enrolled();
		String first = p.recoveryCodes.get(0);
		assertThat(p.passwordStep().post("/api/auth/login/two-factor", "{\"recoveryCode\":\"" + first + "\"}").status())
			.isEqualTo(200);

		var again = p.passwordStep().post("/api/auth/login/two-factor", "{\"recoveryCode\":\"" + first + "\"}");
		assertThat(again.status()).isEqualTo(401);
		assertThat(again.<List<String>>json("$.errors[*].field")).containsExactly("recoveryCode");

		// typed without dashes and in capitals, as people do
		String second = p.recoveryCodes.get(1).replace("-", "").toUpperCase();
		assertThat(p.passwordStep().post("/api/auth/login/two-factor", "{\"recoveryCode\":\"" + second + "\"}").status())
			.isEqualTo(200);
	}

	@Test
	void wrongCodesAreThrottledLikePasswords() {
		Person p = new Person().enrolled();
		clock.advance(Duration.ofMinutes(1));
		ApiClient api = p.passwordStep();
		for (int i = 0; i < 5; i++) {
			assertThat(api.post("/api/auth/login/two-factor", p.code(5 + i)).status()).isEqualTo(401);
		}
		var blocked = api.post("/api/auth/login/two-factor", p.code(0));
		assertThat(blocked.status()).isEqualTo(429);
		assertThat(blocked.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
		assertThat(new ApiClient(port).login(p.email, Accounts.PASSWORD).status()).as("the password too").isEqualTo(429);

		clock.advance(Duration.ofMinutes(16));
		assertThat(p.passwordStep().post("/api/auth/login/two-factor", p.code(0)).status()).isEqualTo(200);
	}

	@Test
	void aPatientCanTurnItOffWithACode() {
		Person p = new Person().enrolled();
		clock.advance(Duration.ofMinutes(1));
		var wrong = p.api.delete("/api/me/two-factor", "{\"code\":\"123456\"}".replace("123456",
				TwoFactorCodes.at(p.secret, clock.instant().plusSeconds(300))));
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.<List<String>>json("$.errors[*].field")).containsExactly("code");

		assertThat(p.api.delete("/api/me/two-factor", p.code(0)).status()).isEqualTo(204);
		assertThat(p.api.get("/api/me").<Boolean>json("$.twoFactorEnabled")).isFalse();
		assertThat(new ApiClient(port).login(p.email, Accounts.PASSWORD).<String>json("$.email")).isEqualTo(p.email);
	}

	@Test
	void newRecoveryCodesReplaceTheOldOnes() {
		Person p = new Person().enrolled();
		assertThat(p.passwordStep().post("/api/auth/login/two-factor", "{\"recoveryCode\":\"" + p.recoveryCodes.get(0) + "\"}")
			.status()).isEqualTo(200);
		assertThat(p.api.get("/api/me/two-factor").<Integer>json("$.recoveryCodesLeft")).isEqualTo(9);
		clock.advance(Duration.ofMinutes(1));

		var wrong = p.api.post("/api/me/two-factor/recovery-codes", "{\"code\":\"" + TwoFactorCodes.at(p.secret,
				clock.instant().plusSeconds(300)) + "\"}");
		assertThat(wrong.status()).isEqualTo(400);
		assertThat(wrong.<List<String>>json("$.errors[*].field")).containsExactly("code");
		assertThat(p.api.get("/api/me/two-factor").<Integer>json("$.recoveryCodesLeft")).as("nothing replaced").isEqualTo(9);

		var renewed = p.api.post("/api/me/two-factor/recovery-codes", p.code(0));
		assertThat(renewed.status()).as(renewed.toString()).isEqualTo(200);
		List<String> fresh = renewed.json("$.recoveryCodes");
		assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(p.recoveryCodes);
		assertThat(p.api.get("/api/me/two-factor").<Integer>json("$.recoveryCodesLeft")).isEqualTo(10);

		var old = p.passwordStep().post("/api/auth/login/two-factor", "{\"recoveryCode\":\"" + p.recoveryCodes.get(1) + "\"}");
		assertThat(old.status()).as("an old code no longer signs in").isEqualTo(401);
		assertThat(p.passwordStep().post("/api/auth/login/two-factor", "{\"recoveryCode\":\"" + fresh.get(0) + "\"}")
			.status()).isEqualTo(200);
	}

	@Test
	void recoveryCodesCannotBeRenewedWhileTwoFactorIsOff() {
		Person p = new Person();
		var status = p.api.get("/api/me/two-factor");
		assertThat(status.<Boolean>json("$.enabled")).isFalse();
		assertThat(status.<Boolean>json("$.required")).isFalse();
		assertThat(status.<Integer>json("$.recoveryCodesLeft")).isZero();
		assertThat(p.api.post("/api/me/two-factor/recovery-codes", "{\"code\":\"123456\"}").status()).isEqualTo(409);
	}

	@Test
	void anAdminResetsSomeonesSecondFactorAndEndsTheirSessions() {
		Person p = new Person().enrolled();
		UUID id = UUID.fromString(p.api.get("/api/me").json("$.id"));
		ApiClient admin = clinic.admin(port);
		var listed = admin.get("/api/admin/users?q=" + p.email);
		assertThat(listed.<List<Boolean>>json("$[*].twoFactorEnabled")).containsExactly(true);
		assertThat(new ApiClient(port).post("/api/admin/users/" + id + "/two-factor/reset", null).status())
			.as("signed out").isIn(401, 403);
		assertThat(p.api.post("/api/admin/users/" + id + "/two-factor/reset", null).status()).as("not an admin")
			.isEqualTo(403);

		var reset = admin.post("/api/admin/users/" + id + "/two-factor/reset", null);
		assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
		assertThat(reset.<Boolean>json("$.twoFactorEnabled")).isFalse();
		assertThat(p.api.get("/api/me").status()).as("their session ended").isEqualTo(401);
		assertThat(jdbc.sql("SELECT count(*) FROM recovery_codes WHERE user_id = :id").param("id", id).query(Integer.class)
			.single()).isZero();
		assertThat(new ApiClient(port).login(p.email, Accounts.PASSWORD).<String>json("$.email"))
			.as("the password alone signs in again").isEqualTo(p.email);

		assertThat(admin.post("/api/admin/users/" + id + "/two-factor/reset", null).status()).as("already off")
			.isEqualTo(409);
		assertThat(admin.post("/api/admin/users/" + UUID.randomUUID() + "/two-factor/reset", null).status()).isEqualTo(404);
		UUID adminId = UUID.fromString(admin.get("/api/me").json("$.id"));
		assertThat(admin.post("/api/admin/users/" + adminId + "/two-factor/reset", null).status()).isEqualTo(422);
	}
}
