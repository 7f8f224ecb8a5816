package org.careslot.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ApiTest
class AuthApiTests {

	@LocalServerPort
	int port;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	ApiClient client() {
		return new ApiClient(port);
	}

	@Test
	void signUpCreatesAPatientAndSignsIn() {
		ApiClient api = client();
		String email = Accounts.email("ines");
		var created = api.register(email, Accounts.PASSWORD, "Inês Duarte");

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.<String>json("$.role")).isEqualTo("PATIENT");
		assertThat(created.<String>json("$.email")).isEqualTo(email);
		var me = api.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.<String>json("$.fullName")).isEqualTo("Inês Duarte");
		assertThat(me.<Boolean>json("$.hasPassword")).as("a new phone number will ask for it").isTrue();
	}

	@Test
	void emailIsUniqueWhateverTheLetterCase() {
		String email = Accounts.email("case");
		assertThat(client().register(email, Accounts.PASSWORD, "First").status()).isEqualTo(201);

		var again = client().register(email.toUpperCase(), Accounts.PASSWORD, "Second");
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(again.<List<String>>json("$.errors[*].field")).containsExactly("email");

		var login = client().login(email.toUpperCase(), Accounts.PASSWORD);
		assertThat(login.status()).isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "short-pass1", "password1234", "Password1234!", "qwertyuiop123456", "aaaaaaaaaaaaaaaa" })
	void weakPasswordsAreRefusedNamingThePasswordField(String password) {
		var response = client().register(Accounts.email("weak"), password, "Weak Password");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("password");
	}

	@Test
	void badEmailAndPhoneAreNamed() {
		var response = client().post("/api/auth/register", """
				{"email":"not-an-email","password":"%s","fullName":"X"}""".formatted(Accounts.PASSWORD));
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("email");

		var phone = client().post("/api/auth/register", """
				{"email":"%s","password":"%s","fullName":"X","phone":"12345"}""".formatted(Accounts.email("p"),
				Accounts.PASSWORD));
		assertThat(phone.status()).isEqualTo(400);
		assertThat(phone.<List<String>>json("$.errors[*].field")).containsExactly("phone");
	}

	@Test
	void phoneIsStoredInE164() {
		var response = client().post("/api/auth/register", """
				{"email":"%s","password":"%s","fullName":"Phone Owner","phone":"+44 20 7946 0123"}""".formatted(
				Accounts.email("phone"), Accounts.PASSWORD));
		assertThat(response.status()).isEqualTo(201);
		assertThat(response.<String>json("$.phone")).isEqualTo("+442079460123");
	}

	@Test
	void unknownEmailAndWrongPasswordGetTheSameAnswer() {
		String email = Accounts.email("same");
		client().register(email, Accounts.PASSWORD, "Same Answer");

		var wrongPassword = client().login(email, "not-the-password-1");
		var unknownEmail = client().login(Accounts.email("nobody"), "not-the-password-1");

		assertThat(wrongPassword.status()).isEqualTo(401);
		assertThat(unknownEmail.status()).isEqualTo(401);
		assertThat(wrongPassword.body()).isEqualTo(unknownEmail.body());
	}

	@Test
	void signOutEndsTheSession() {
		ApiClient api = client();
		api.register(Accounts.email("out"), Accounts.PASSWORD, "Signing Out");
		assertThat(api.get("/api/me").status()).isEqualTo(200);

		assertThat(api.post("/api/auth/logout", null).status()).isEqualTo(204);

		var me = api.get("/api/me");
		assertThat(me.status()).isEqualTo(401);
		assertThat(me.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
	}

	@Test
	void stateChangesNeedTheCsrfToken() {
		ApiClient api = client();
		String body = """
				{"email":"%s","password":"%s","fullName":"No Token"}""".formatted(Accounts.email("csrf"), Accounts.PASSWORD);

		var missing = api.send(HttpRequest.newBuilder(api.uri("/api/auth/register"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(missing.status()).isEqualTo(403);
		assertThat(missing.<String>json("$.detail")).contains("CSRF");

		api.get("/api/me");
		var forged = api.send(HttpRequest.newBuilder(api.uri("/api/auth/register"))
			.header("Content-Type", "application/json")
			.header("X-XSRF-TOKEN", "forged-token")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
		assertThat(forged.status()).isEqualTo(403);

		assertThat(api.post("/api/auth/register", body).status()).isEqualTo(201);
	}

	@Test
	void signInRotatesTheSessionIdAndTheCsrfToken() {
		String email = Accounts.email("rotate");
		ApiClient api = client();
		api.register(email, Accounts.PASSWORD, "Rotating Session");
		String before = api.cookie("SESSION").orElseThrow();
		String csrfBefore = api.cookie("XSRF-TOKEN").orElseThrow();

		assertThat(api.login(email, Accounts.PASSWORD).status()).isEqualTo(200);
		String after = api.cookie("SESSION").orElseThrow();

		assertThat(after).isNotEqualTo(before);
		assertThat(api.cookie("XSRF-TOKEN")).isPresent().isNotEqualTo(java.util.Optional.of(csrfBefore));
		ApiClient attacker = client();
		attacker.setCookie("SESSION", before);
		assertThat(attacker.get("/api/me").status()).isEqualTo(401);
		assertThat(api.get("/api/me").status()).isEqualTo(200);
	}

	@Test
	void sessionsEndAtTheAbsoluteTimeoutEvenWhenActive() {
		ApiClient api = client();
		api.register(Accounts.email("absolute"), Accounts.PASSWORD, "Long Session");
		clock.advance(Duration.ofHours(11));
		assertThat(api.get("/api/me").status()).isEqualTo(200);

		clock.advance(Duration.ofHours(2));
		assertThat(api.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void repeatedFailuresForOneAccountAreThrottledAndRecover() {
		String email = Accounts.email("throttle");
		client().register(email, Accounts.PASSWORD, "Throttled");
		ApiClient api = client();
		for (int i = 0; i < 5; i++) {
			assertThat(api.login(email, "wrong-password-" + i).status()).isEqualTo(401);
		}

		var blocked = api.login(email, Accounts.PASSWORD);
		assertThat(blocked.status()).isEqualTo(429);
		assertThat(blocked.header("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
		assertThat(client().login(email, Accounts.PASSWORD).status()).as("blocked from any address").isEqualTo(429);

		clock.advance(Duration.ofMinutes(16));
		assertThat(api.login(email, Accounts.PASSWORD).status()).isEqualTo(200);
	}

	@Test
	void repeatedFailuresFromOneAddressAreThrottledAcrossAccounts() {
		ApiClient api = client().header("X-Forwarded-For", "203.0.113.77");
		for (int i = 0; i < 30; i++) {
			assertThat(api.login(Accounts.email("spray"), "wrong-password-1").status()).isEqualTo(401);
		}
		String email = Accounts.email("victim");
		client().register(email, Accounts.PASSWORD, "Other Account");

		assertThat(api.login(email, Accounts.PASSWORD).status()).isEqualTo(429);
		assertThat(client().header("X-Forwarded-For", "203.0.113.78").login(email, Accounts.PASSWORD).status())
			.isEqualTo(200);
	}

	@Test
	void meNeedsASignedInUser() {
		var me = client().get("/api/me");
		assertThat(me.status()).isEqualTo(401);
		assertThat(me.<Map<String, Object>>json("$")).containsEntry("status", 401).containsKey("title");
	}
}
