package org.careslot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.util.List;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every malformed or hostile input gets a clear 4xx problem, never a 500, and stored text comes back verbatim. */
@ApiTest
class BadInputTests {

	@LocalServerPort
	int port;

	@Test
	void malformedJsonIsA400() {
		var response = new ApiClient(port).post("/api/auth/register", "{\"email\": \"a@b.c\", ");
		assertProblem(response, 400);
		assertThat(response.<String>json("$.title")).isEqualTo("Malformed JSON");
	}

	@Test
	void aWrongTypeNamesTheField() {
		var response = new ApiClient(port).post("/api/auth/register", """
				{"email":"%s","password":"%s","fullName":123}""".formatted(Accounts.email("t"), Accounts.PASSWORD));
		assertProblem(response, 400);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("fullName");
	}

	@Test
	void anUnknownFieldIsNamed() {
		var response = new ApiClient(port).post("/api/auth/register", """
				{"email":"%s","password":"%s","fullName":"X","role":"ADMIN"}""".formatted(Accounts.email("u"),
				Accounts.PASSWORD));
		assertProblem(response, 400);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("role");
	}

	@Test
	void missingBodyIsA400() {
		assertProblem(new ApiClient(port).post("/api/auth/register", null), 400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "\\u0000", "\\u0007", "\\u001b[31m", "\\u007f", "\\ud800" })
	void controlCharactersAndBrokenUnicodeAreRefused(String escaped) {
		var response = new ApiClient(port).post("/api/auth/register", """
				{"email":"%s","password":"%s","fullName":"Bad%sName"}""".formatted(Accounts.email("c"),
				Accounts.PASSWORD, escaped));
		assertProblem(response, 400);
		assertThat(response.<List<String>>json("$.errors[*].field")).containsExactly("fullName");
	}

	@Test
	void aDeclaredBodyOverTheLimitIsA413() {
		ApiClient api = new ApiClient(port);
		String huge = "{\"email\":\"" + "a".repeat(2_000_000) + "\"}";
		var response = api.post("/api/auth/register", huge);
		assertThat(response.status()).isEqualTo(413);
	}

	@Test
	void aStreamedBodyOverTheLimitIsA413() {
		ApiClient api = new ApiClient(port);
		byte[] huge = ("{\"email\":\"" + "a".repeat(2_000_000) + "\"}").getBytes();
		var response = api.send(api.withCsrf(HttpRequest.newBuilder(api.uri("/api/auth/register"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))));
		assertProblem(response, 413);
	}

	@Test
	void sqlHtmlAndAnyScriptAreStoredVerbatim() {
		String name = "Robert'); DROP TABLE users;-- <script>alert(1)</script> Ζωή 王芳 محمد 👩‍⚕️ \\\"quoted\\\"";
		ApiClient api = new ApiClient(port);
		var created = api.register(Accounts.email("verbatim"), Accounts.PASSWORD, name);
		assertThat(created.status()).isEqualTo(201);

		String expected = name.replace("\\\"", "\"");
		assertThat(created.<String>json("$.fullName")).isEqualTo(expected);
		assertThat(api.get("/api/me").<String>json("$.fullName")).isEqualTo(expected);
	}

	@Test
	void wrongMediaTypeMethodAndPathAreProblems() {
		ApiClient api = new ApiClient(port);
		api.register(Accounts.email("media"), Accounts.PASSWORD, "Media Type");
		assertProblem(api.send(api.withCsrf(HttpRequest.newBuilder(api.uri("/api/auth/login"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("hello")))), 415);
		assertProblem(api.send(api.withCsrf(HttpRequest.newBuilder(api.uri("/api/doctors"))
			.header("Content-Type", "application/json")
			.DELETE())), 405);
		assertProblem(api.get("/api/doctors/not-a-uuid"), 400);
		assertProblem(api.get("/api/doctors?size=5000"), 400);
	}

	@Test
	void unknownApiPathsAre404ProblemsNotTheApp() {
		ApiClient api = new ApiClient(port);
		api.register(Accounts.email("lost"), Accounts.PASSWORD, "Lost");
		assertProblem(api.get("/api/no-such-thing"), 404);
	}

	private static void assertProblem(ApiClient.Response response, int status) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}
}
