package org.careslot.notifications;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real twilio SDK against a local fake of Twilio's Messages API, and signed status callbacks. */
@ApiTest
class TwilioSmsTests {

	static final String SID = "AC0123456789abcdef0123456789abcdef";
	static final String TOKEN = "twilio-test-token";
	static final String PUBLIC_URL = "https://careslot.example";
	static final WireMockServer twilio = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	static {
		twilio.start();
	}

	@DynamicPropertySource
	static void twilioProperties(DynamicPropertyRegistry registry) {
		registry.add("careslot.notifications.twilio.account-sid", () -> SID);
		registry.add("careslot.notifications.twilio.auth-token", () -> TOKEN);
		registry.add("careslot.notifications.twilio.from-number", () -> "+15005550006");
		registry.add("careslot.notifications.twilio.api-base", () -> "http://127.0.0.1:" + twilio.port());
		registry.add("careslot.public-url", () -> PUBLIC_URL);
		registry.add("careslot.notifications.twilio.read-timeout", () -> "1s");
		registry.add("careslot.notifications.poll-interval", () -> "1h"); // the test decides when to send
	}

	@AfterAll
	static void stopTwilio() {
		twilio.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	NotificationService notifications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void resetTwilio() {
		twilio.resetAll();
		// each test sends only its own message
		jdbc.sql("UPDATE notifications SET status = 'CANCELLED' WHERE status IN ('PENDING', 'SENDING')").update();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	private UUID queue(String to) {
		UUID user = jdbc.sql("SELECT id FROM users LIMIT 1").query(UUID.class).optional()
			.orElseGet(() -> UUID.fromString(new ApiClient(port).register("sms-" + UUID.randomUUID() + "@careslot.test",
					"a-long-enough-passphrase-42", "Texted").json("$.id")));
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO notifications (id, user_id, kind, to_number, message, status, send_after, created_at, updated_at)
				VALUES (:id, :user, 'BOOKED', :to, 'CareSlot: your appointment is booked.', 'PENDING', :now, :now, :now)
				""").param("id", id).param("user", user).param("to", to)
			.param("now", clock.instant().minusSeconds(1).atOffset(ZoneOffset.UTC)).update();
		return id;
	}

	private Map<String, Object> row(UUID id) {
		return jdbc.sql("SELECT status, attempts, provider, provider_id, last_error FROM notifications WHERE id = :id")
			.param("id", id).query().singleRow();
	}

	@Test
	void sendsThroughTwilioAndRecordsTheDeliveryReport() {
		twilio.stubFor(post(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"sid\": \"SM0001\", \"status\": \"queued\", \"to\": \"+4915112345678\", \"body\": \"x\"}")));
		UUID id = queue("+4915112345678");

		notifications.deliverDue();

		twilio.verify(1, postRequestedFor(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json"))
			.withHeader("Authorization", equalTo("Basic " + Base64.getEncoder().encodeToString((SID + ":" + TOKEN).getBytes())))
			.withRequestBody(containing("To=%2B4915112345678"))
			.withRequestBody(containing("From=%2B15005550006"))
			.withRequestBody(containing("StatusCallback=" + URLEncoder.encode(PUBLIC_URL + "/api/webhooks/twilio/status", StandardCharsets.UTF_8))));
		assertThat(row(id)).containsEntry("status", "SENT").containsEntry("provider", "twilio").containsEntry("provider_id", "SM0001");

		Map<String, String> report = Map.of("MessageSid", "SM0001", "MessageStatus", "delivered", "AccountSid", SID);
		assertThat(callback(report, "forged-signature")).isEqualTo(403);
		assertThat(row(id)).containsEntry("status", "SENT");
		assertThat(callback(report, sign(report))).isEqualTo(204);
		assertThat(row(id)).containsEntry("status", "DELIVERED");
	}

	@Test
	void aTwilioOutageLeavesTheMessageQueuedForARetry() {
		twilio.stubFor(post(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json")).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json").withBody("{\"code\": 20500, \"message\": \"Internal Server Error\", \"status\": 500}")));
		UUID id = queue("+4915112345679");

		notifications.deliverDue();

		assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		twilio.stubFor(post(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Messages.json")).willReturn(aResponse().withStatus(201)
			.withHeader("Content-Type", "application/json").withBody("{\"sid\": \"SM0002\", \"status\": \"queued\"}")));
		clock.advance(Duration.ofMinutes(1));
		notifications.deliverDue();
		assertThat(row(id)).containsEntry("status", "SENT").containsEntry("provider_id", "SM0002").containsEntry("attempts", 2);
	}

	static final String MESSAGES = "/2010-04-01/Accounts/" + SID + "/Messages.json";

	/** Twilio accepts the message but its answer never arrives in time. */
	private static void stubTimeoutThenAnswer(String sid) {
		twilio.stubFor(post(urlEqualTo(MESSAGES)).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(aResponse().withFixedDelay(3_000).withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"sid\": \"" + sid + "\", \"status\": \"queued\"}"))
			.willSetStateTo("answering"));
		twilio.stubFor(post(urlEqualTo(MESSAGES)).inScenario("slow").whenScenarioStateIs("answering")
			.willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
				.withBody("{\"sid\": \"" + sid + "-again\", \"status\": \"queued\"}")));
	}

	/** Twilio's message list for one number, as its API pages it. */
	private static void stubSentList(String to, String messagesJson) {
		twilio.stubFor(get(urlPathEqualTo(MESSAGES)).withQueryParam("To", equalTo(to)).willReturn(okJson("""
				{"messages": [%s], "page": 0, "page_size": 50, "first_page_uri": "%s?To=%s&PageSize=50&Page=0",
				 "next_page_uri": null, "previous_page_uri": null, "uri": "%s?To=%s&PageSize=50&Page=0"}"""
			.formatted(messagesJson, MESSAGES, to, MESSAGES, to))));
	}

	@Test
	void aTimedOutSendIsLookedUpAtTwilioBeforeARetrySoItGoesOutOnce() {
		stubTimeoutThenAnswer("SM0003");
		UUID id = queue("+4915112345670");

		notifications.deliverDue();
		assertThat(row(id)).containsEntry("status", "PENDING").containsEntry("attempts", 1);
		assertThat((String) row(id).get("last_error")).contains("No answer from Twilio");

		// Twilio did take it: its log has this text to this number
		String sentAt = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).format(clock.instant().atZone(ZoneOffset.UTC));
		stubSentList("+4915112345670", """
				{"sid": "SM0003", "to": "+4915112345670", "from": "+15005550006", "status": "delivered",
				 "body": "CareSlot: your appointment is booked.", "date_created": "%s", "date_sent": "%s"}""".formatted(sentAt, sentAt));
		clock.advance(Duration.ofMinutes(1));
		notifications.deliverDue();

		twilio.verify(1, postRequestedFor(urlEqualTo(MESSAGES)));
		assertThat(row(id)).containsEntry("status", "SENT").containsEntry("provider_id", "SM0003").containsEntry("attempts", 2);
	}

	@Test
	void aTimedOutSendThatNeverReachedTwilioIsSentAgain() {
		stubTimeoutThenAnswer("SM0004");
		UUID id = queue("+4915112345671");
		notifications.deliverDue();
		assertThat(row(id)).containsEntry("status", "PENDING");

		// an older, different text to the same number is not this one
		stubSentList("+4915112345671", """
				{"sid": "SM0000", "to": "+4915112345671", "from": "+15005550006", "status": "delivered",
				 "body": "CareSlot reminder: someone else.", "date_created": "Mon, 02 Feb 2026 10:00:00 +0000", "date_sent": null}""");
		clock.advance(Duration.ofMinutes(1));
		notifications.deliverDue();

		twilio.verify(2, postRequestedFor(urlEqualTo(MESSAGES)));
		assertThat(row(id)).containsEntry("status", "SENT").containsEntry("provider_id", "SM0004-again");
	}

	/** Twilio's scheme: HMAC-SHA1 over the URL followed by every parameter name and value, sorted. */
	private static String sign(Map<String, String> params) {
		try {
			StringBuilder data = new StringBuilder(PUBLIC_URL + "/api/webhooks/twilio/status");
			new TreeMap<>(params).forEach((k, v) -> data.append(k).append(v));
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(TOKEN.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
			return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int callback(Map<String, String> params, String signature) {
		String form = params.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return new ApiClient(port).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/webhooks/twilio/status"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Twilio-Signature", signature)
			.POST(HttpRequest.BodyPublishers.ofString(form))).status();
	}
}
