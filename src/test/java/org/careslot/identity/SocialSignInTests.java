package org.careslot.identity;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.careslot.support.Accounts;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole redirect flow of "Continue with Google / Facebook" against a real OpenID Connect
 * provider on loopback (mock-oauth2-server): state, nonce and the signed ID token are checked by
 * Spring Security exactly as with Google.
 */
@ApiTest
class SocialSignInTests {

	static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		try {
			provider.start(InetAddress.getByName("127.0.0.1"), 0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		registry.add("careslot.social.google.client-id", () -> "google-client");
		registry.add("careslot.social.google.client-secret", () -> "google-secret");
		registry.add("careslot.social.google.issuer-uri", () -> provider.issuerUrl("google").toString());
		registry.add("careslot.social.facebook.client-id", () -> "facebook-client");
		registry.add("careslot.social.facebook.client-secret", () -> "facebook-secret");
		// Facebook Login is plain OAuth2 with its Graph API for the profile: a local fake answers like it
		registry.add("careslot.social.facebook.authorization-uri", () -> facebook.baseUrl() + "/dialog/oauth");
		registry.add("careslot.social.facebook.token-uri", () -> facebook.baseUrl() + "/oauth/access_token");
		registry.add("careslot.social.facebook.user-info-uri", () -> facebook.baseUrl() + "/me?fields=id,name,email");
	}

	static final WireMockServer facebook = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	static {
		facebook.start();
	}

	@AfterAll
	static void stopProviders() {
		provider.shutdown();
		facebook.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	/** The provider will sign this person in at its next authorization request. */
	private static void providerSignsIn(String issuer, String subject, String clientId, Map<String, Object> claims) {
		provider.enqueueCallback(new DefaultOAuth2TokenCallback(issuer, subject, "JWT", List.of(clientId), claims, 3600));
	}

	private static String location(ApiClient.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(302);
		return response.header("Location").orElseThrow();
	}

	/**
	 * Browser steps: CareSlot → the provider → back to CareSlot. Returns the path (and query)
	 * CareSlot finally sends the browser to.
	 */
	private String signInWith(ApiClient browser, String registration, String tamperState) {
		String toProvider = location(browser.send(HttpRequest.newBuilder(browser.uri("/oauth2/authorization/" + registration)).GET()));
		assertThat(toProvider).startsWith(provider.baseUrl().toString()).contains("state=", "nonce=", "code_challenge=");
		String back = location(browser.send(HttpRequest.newBuilder(URI.create(toProvider)).GET()));
		if (tamperState != null) {
			back = back.replaceAll("state=[^&]+", "state=" + tamperState);
		}
		return finish(browser, back);
	}

	private String finish(ApiClient browser, String callback) {
		URI end = URI.create(location(browser.send(HttpRequest.newBuilder(URI.create(callback)).GET())));
		return end.getRawPath() + (end.getRawQuery() == null ? "" : "?" + end.getRawQuery());
	}

	@Test
	void onlyConfiguredProvidersAreOffered() {
		assertThat(new ApiClient(port).get("/api/auth/providers").<List<String>>json("$[*].id")).containsExactly("google", "facebook");
	}

	@Test
	void aFirstGoogleSignInCreatesAPatientAndTheNextOneFindsIt() {
		String email = Accounts.email("google");
		String subject = "g-" + UUID.randomUUID();
		ApiClient browser = new ApiClient(port);
		providerSignsIn("google", subject, "google-client", Map.of("email", email, "email_verified", true, "name", "Grace Hopper"));

		assertThat(signInWith(browser, "google", null)).isEqualTo("/");
		var me = browser.get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.<String>json("$.email")).isEqualTo(email);
		assertThat(me.<String>json("$.fullName")).isEqualTo("Grace Hopper");
		assertThat(me.<String>json("$.role")).isEqualTo("PATIENT");
		assertThat(me.<Boolean>json("$.hasPassword")).as("no password to ask for").isFalse();
		assertThat(jdbc.sql("SELECT subject FROM social_accounts WHERE provider = 'google' AND email = :email").param("email", email)
			.query(String.class).list()).containsExactly(subject);

		ApiClient again = new ApiClient(port);
		providerSignsIn("google", subject, "google-client", Map.of("email", email, "email_verified", true, "name", "G. Hopper"));
		signInWith(again, "google", null);
		assertThat(again.get("/api/me").<String>json("$.id")).isEqualTo(me.json("$.id"));
	}

	@Test
	void aVerifiedEmailLinksTheExistingAccountAndAnUnverifiedOneIsRefused() {
		String email = Accounts.email("linked");
		String id = new ApiClient(port).register(email, Accounts.PASSWORD, "Ada Lovelace").json("$.id");

		ApiClient unverified = new ApiClient(port);
		providerSignsIn("google", "g-" + UUID.randomUUID(), "google-client", Map.of("email", email, "email_verified", false));
		assertThat(signInWith(unverified, "google", null)).isEqualTo("/sign-in?social-error=unverified_email");
		assertThat(unverified.get("/api/me").status()).isEqualTo(401);

		ApiClient verified = new ApiClient(port);
		providerSignsIn("google", "g-" + UUID.randomUUID(), "google-client", Map.of("email", email, "email_verified", true));
		assertThat(signInWith(verified, "google", null)).isEqualTo("/");
		assertThat(verified.get("/api/me").<String>json("$.id")).isEqualTo(id);
		assertThat(new ApiClient(port).login(email, Accounts.PASSWORD).status()).as("the password still works").isEqualTo(200);
	}

	@Test
	void anAccountWithTwoFactorStillAsksForTheCodeAfterGoogle() {
		clock.pin();
		try {
			String email = Accounts.email("tf-social");
			ApiClient owner = new ApiClient(port);
			owner.register(email, Accounts.PASSWORD, "Katherine Johnson");
			byte[] secret = TwoFactorCodes.decodeBase32(owner.post("/api/me/two-factor", null).json("$.secret"));
			assertThat(owner.post("/api/me/two-factor/activate", "{\"code\":\"" + TwoFactorCodes.at(secret, clock.instant()) + "\"}")
				.status()).isEqualTo(200);
			clock.advance(java.time.Duration.ofSeconds(30)); // a code is good once: the next one

			ApiClient browser = new ApiClient(port);
			providerSignsIn("google", "g-" + UUID.randomUUID(), "google-client", Map.of("email", email, "email_verified", true));
			assertThat(signInWith(browser, "google", null)).isEqualTo("/sign-in?two-factor=1");
			assertThat(browser.get("/api/me").status()).as("not signed in by Google alone").isEqualTo(401);

			var second = browser.post("/api/auth/login/two-factor", "{\"code\":\"" + TwoFactorCodes.at(secret, clock.instant()) + "\"}");
			assertThat(second.status()).as(second.body()).isEqualTo(200);
			assertThat(browser.get("/api/me").<String>json("$.email")).isEqualTo(email);
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void anAnswerWhoseStateDoesNotMatchTheRequestIsRefused() {
		ApiClient browser = new ApiClient(port);
		// nothing queued at the provider: CareSlot must not even reach its token endpoint
		assertThat(signInWith(browser, "google", "forged-state")).isEqualTo("/sign-in?social-error=authorization_request_not_found");
		assertThat(browser.get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void facebookSignsInWithTheProfileFromItsGraphApi() {
		String email = Accounts.email("facebook");
		facebook.stubFor(post(urlPathEqualTo("/oauth/access_token")).withRequestBody(containing("code=fb-code"))
			.willReturn(okJson("{\"access_token\": \"fb-token\", \"token_type\": \"bearer\", \"expires_in\": 5183944}")));
		facebook.stubFor(get(urlPathEqualTo("/me")).withHeader("Authorization", equalTo("Bearer fb-token"))
			.willReturn(okJson("{\"id\": \"10229\", \"name\": \"Hedy Lamarr\", \"email\": \"" + email + "\"}")));
		ApiClient browser = new ApiClient(port);

		String toFacebook = location(browser.send(HttpRequest.newBuilder(browser.uri("/oauth2/authorization/facebook")).GET()));
		assertThat(toFacebook).startsWith(facebook.baseUrl() + "/dialog/oauth").contains("client_id=facebook-client");
		// what Facebook's dialog does once the person agrees: back to the redirect URI with a code and the state
		String state = toFacebook.replaceAll(".*[?&]state=([^&]+).*", "$1");
		String redirectUri = URLDecoder.decode(toFacebook.replaceAll(".*[?&]redirect_uri=([^&]+).*", "$1"), StandardCharsets.UTF_8);
		assertThat(finish(browser, redirectUri + "?code=fb-code&state=" + state)).isEqualTo("/");

		assertThat(browser.get("/api/me").<String>json("$.fullName")).isEqualTo("Hedy Lamarr");
		assertThat(jdbc.sql("SELECT subject FROM social_accounts WHERE provider = 'facebook' AND email = :email").param("email", email)
			.query(String.class).list()).containsExactly("10229");
		facebook.verify(postRequestedFor(urlPathEqualTo("/oauth/access_token")).withRequestBody(containing("client_secret=facebook-secret")));
	}
}
