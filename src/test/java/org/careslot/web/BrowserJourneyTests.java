package org.careslot.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Runs the Playwright journeys in frontend/e2e against this very application (built UI, real
 * API, embedded PostgreSQL with the demo clinic, Google sign-in against a local provider) in
 * headless Debian Chromium.
 * Skipped where there is no browser or no built UI, unless -Dcareslot.e2e.required=true (CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "careslot.demo-data=true")
class BrowserJourneyTests {

	private static final boolean REQUIRED = Boolean.getBoolean("careslot.e2e.required");

	/** "Continue with Google" goes to a real OpenID Connect provider on loopback with a sign-in form. */
	static final MockOAuth2Server google = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\": true}"));

	static {
		try {
			google.start(InetAddress.getByName("127.0.0.1"), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void socialSignIn(DynamicPropertyRegistry registry) {
		registry.add("careslot.social.google.client-id", () -> "careslot-e2e");
		registry.add("careslot.social.google.client-secret", () -> "careslot-e2e-secret");
		registry.add("careslot.social.google.issuer-uri", () -> google.issuerUrl("google").toString());
	}

	@AfterAll
	static void stopGoogle() {
		google.shutdown();
	}

	@LocalServerPort
	int port;

	@Test
	void playwrightJourneysPass() throws IOException, InterruptedException {
		Path frontend = Path.of("frontend").toAbsolutePath();
		String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
		boolean ready = new File(chromium).canExecute() && getClass().getResource("/static/index.html") != null
				&& Files.isDirectory(frontend.resolve("node_modules/@playwright/test"));
		if (REQUIRED) {
			assertThat(ready).as("Chromium at %s, a built UI and frontend/node_modules are required", chromium).isTrue();
		}
		assumeTrue(ready, "no browser, built UI or node_modules: browser journeys skipped");

		Path log = Files.createTempFile("playwright", ".log");
		List<String> command = new ArrayList<>(List.of("npx", "playwright", "test"));
		// -Dcareslot.e2e.specs=e2e/records.spec.ts runs some journeys only (while working on them)
		command.addAll(List.of(System.getProperty("careslot.e2e.specs", "").split("\\s+")).stream().filter(a -> !a.isBlank()).toList());
		ProcessBuilder builder = new ProcessBuilder(command)
			.directory(frontend.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().put("CARESLOT_BASE_URL", "http://127.0.0.1:" + port);
		builder.environment().put("CHROMIUM_PATH", chromium);
		Process process = builder.start();
		process.getOutputStream().close();
		boolean finished = process.waitFor(15, TimeUnit.MINUTES);
		if (!finished) {
			process.destroyForcibly();
		}
		String output = Files.readString(log);
		System.out.println(output);
		assertThat(finished).as("Playwright finished in time").isTrue();
		assertThat(process.exitValue()).as("Playwright journeys:%n%s", output).isZero();
	}
}
