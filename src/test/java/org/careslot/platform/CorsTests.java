package org.careslot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.careslot.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A separately hosted web app may call the API with credentials only from the configured origins. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "careslot.security.allowed-origins=https://app.clinic.example, https://staff.clinic.example")
class CorsTests {

	@LocalServerPort
	int port;

	private ApiClient.Response preflight(String origin) {
		ApiClient api = new ApiClient(port);
		return api.send(HttpRequest.newBuilder(api.uri("/api/auth/login"))
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type,x-xsrf-token")
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
	}

	@Test
	void configuredOriginsMaySendCredentialedRequests() {
		var response = preflight("https://staff.clinic.example");
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.header("Access-Control-Allow-Origin")).contains("https://staff.clinic.example");
		assertThat(response.header("Access-Control-Allow-Credentials")).contains("true");
	}

	@Test
	void otherOriginsAreRefused() {
		var response = preflight("https://evil.example");
		assertThat(response.status()).isEqualTo(403);
		assertThat(response.header("Access-Control-Allow-Origin")).isEmpty();
	}
}
