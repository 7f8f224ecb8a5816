package org.careslot.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Security headers, operational endpoints, the OpenAPI document and what the logs may hold. */
@ApiTest
@ExtendWith(OutputCaptureExtension.class)
class WebPlatformTests {

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyResponseCarriesTheSecurityHeaders() {
		ApiClient api = new ApiClient(port);
		for (String path : new String[] { "/api/doctors", "/api/me", "/" }) {
			var response = api.get(path);
			assertThat(response.header("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
				.contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-eval"));
			assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
			assertThat(response.header("Strict-Transport-Security")).as("no HSTS on plain http").isEmpty();
		}
	}

	@Test
	void behindATlsProxyHstsAndSecureCookiesAreOn() {
		ApiClient api = new ApiClient(port).header("X-Forwarded-For", "198.51.100.20")
			.header("X-Forwarded-Proto", "https");
		var first = api.get("/api/me");
		assertThat(first.header("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
		String csrfCookie = first.raw().headers().allValues("Set-Cookie").stream()
			.filter(c -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow();
		assertThat(csrfCookie).contains("Secure");

		// the JDK's cookie store will not send Secure cookies over plain http, so send it by hand
		String token = csrfCookie.substring("XSRF-TOKEN=".length(), csrfCookie.indexOf(';'));
		var registered = api.send(HttpRequest.newBuilder(api.uri("/api/auth/register"))
			.header("Content-Type", "application/json")
			.header("Cookie", "XSRF-TOKEN=" + token)
			.header("X-XSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"email":"%s","password":"%s","fullName":"Over TLS"}""".formatted(Accounts.email("tls"),
					Accounts.PASSWORD))));
		assertThat(registered.status()).isEqualTo(201);
		assertThat(registered.raw().headers().allValues("Set-Cookie"))
			.filteredOn(c -> c.startsWith("SESSION="))
			.singleElement()
			.satisfies(c -> assertThat(c).contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
	}

	@Test
	void healthAndReadinessAreOpenMetricsAreNot() {
		ApiClient api = new ApiClient(port);
		var readiness = api.get("/actuator/health/readiness");
		assertThat(readiness.status()).isEqualTo(200);
		assertThat(readiness.<String>json("$.status")).isEqualTo("UP");
		assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
		assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
	}

	@Test
	void theOpenApiDocumentDescribesEveryEndpoint() {
		var docs = new ApiClient(port).get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		Map<String, Map<String, Object>> paths = docs.json("$.paths");

		Set<String> missing = new HashSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			for (String pattern : info.getPatternValues()) {
				if (!pattern.startsWith("/api")) {
					continue;
				}
				for (var httpMethod : info.getMethodsCondition().getMethods()) {
					Map<String, Object> operations = paths.get(pattern);
					if (operations == null || !operations.containsKey(httpMethod.name().toLowerCase())) {
						missing.add(httpMethod + " " + pattern);
					}
				}
			}
		});
		assertThat(missing).isEmpty();
		assertThat(paths).containsKey("/api/auth/logout");
	}

	@Test
	void theSpaIsServedForClientRoutesButNotForApiPaths() {
		ApiClient api = new ApiClient(port);
		var page = api.get("/sign-in");
		if (getClass().getResource("/static/index.html") != null) {
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("<div id=\"root\"");
		}
		assertThat(api.get("/api/unknown").status()).isIn(401, 404);
	}

	@Test
	void requestLogsHoldNoPasswordsNorQueryStrings(CapturedOutput output) {
		ApiClient api = new ApiClient(port);
		String secret = "very-secret-password-" + System.nanoTime();
		api.login(Accounts.email("logs"), secret);
		api.get("/api/doctors?q=token-" + secret);

		assertThat(output.getOut()).contains("POST /api/auth/login 401").doesNotContain(secret);
	}

	@Test
	void logoutNeedsCsrfToo() {
		ApiClient api = new ApiClient(port);
		api.register(Accounts.email("logout-csrf"), Accounts.PASSWORD, "Logout CSRF");
		var response = api.send(HttpRequest.newBuilder(api.uri("/api/auth/logout")).POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(response.status()).isEqualTo(403);
		assertThat(api.get("/api/me").status()).isEqualTo(200);
	}
}
