package org.careslot.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The real stripe-java client against a local fake of Stripe's API, and signed webhooks. */
@ApiTest
class StripePaymentsTests {

	static final String WEBHOOK_SECRET = "whsec_careslot_test";
	static final WireMockServer stripe = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	static {
		stripe.start();
	}

	@DynamicPropertySource
	static void stripeProperties(DynamicPropertyRegistry registry) {
		registry.add("careslot.payments.stripe.secret-key", () -> "sk_test_careslot");
		registry.add("careslot.payments.stripe.webhook-secret", () -> WEBHOOK_SECRET);
		registry.add("careslot.payments.stripe.api-base", () -> "http://127.0.0.1:" + stripe.port());
		registry.add("careslot.payments.stripe.read-timeout", () -> "1s");
	}

	@AfterAll
	static void stopStripe() {
		stripe.stop();
	}

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@BeforeEach
	void resetStripe() {
		stripe.resetAll();
	}

	record Booked(ApiClient patient, Clinic.Doctor doctor, String appointmentId, String paymentId, String sessionId) {
	}

	/** Books 10:00 UTC that many days ahead with a new prepayment doctor; the appointment's id. */
	private String bookPrepaid(ApiClient patient, int daysAhead) {
		return bookPrepaid(patient, clinic.doctor(ZoneId.of("UTC"), true), daysAhead);
	}

	private static String bookPrepaid(ApiClient patient, Clinic.Doctor doctor, int daysAhead) {
		String start = LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead).atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
		return patient.post("/api/appointments", """
				{"doctorId":"%s","start":"%s"}""".formatted(doctor.id(), start)).json("$.id");
	}

	/** A patient books a prepayment doctor and opens a Stripe checkout for it. */
	private Booked bookAndCheckout(int daysAhead) {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String id = bookPrepaid(patient, doctor, daysAhead);
		String sessionId = "cs_test_" + UUID.randomUUID().toString().replace("-", "");
		stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(okJson(session(sessionId, "open", "unpaid"))));
		var checkout = patient.post("/api/appointments/" + id + "/checkout", null);
		assertThat(checkout.status()).as(checkout.body()).isEqualTo(201);
		assertThat(checkout.<Boolean>json("$.testMode")).isFalse();
		assertThat(checkout.<String>json("$.url")).isEqualTo("https://checkout.stripe.com/c/pay/" + sessionId);
		return new Booked(patient, doctor, id, checkout.json("$.paymentId"), sessionId);
	}

	@Test
	void checkoutGoesToStripeOnceAndASignedCompletionMarksItPaidOnce() {
		Booked b = bookAndCheckout(5);
		stripe.verify(1, postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
			.withHeader("Idempotency-Key", equalTo("checkout-" + b.paymentId()))
			.withRequestBody(containing("unit_amount]=5000"))
			.withRequestBody(containing("currency]=eur")));

		String completed = event("evt_" + UUID.randomUUID(), "checkout.session.completed",
				session(b.sessionId(), "complete", "paid").replace("\"payment_intent\": null", "\"payment_intent\": \"pi_1\""));
		assertThat(deliver(completed, Instant.now(), WEBHOOK_SECRET)).isEqualTo(204);
		assertThat(b.patient().get("/api/appointments/" + b.appointmentId()).<String>json("$.paymentStatus")).isEqualTo("PAID");
		assertThat(b.patient().get("/api/appointments/" + b.appointmentId()).<String>json("$.holdExpiresAt")).isNull();

		assertThat(deliver(completed, Instant.now(), WEBHOOK_SECRET)).as("a redelivery is acknowledged").isEqualTo(204);
		assertThat(b.patient().get("/api/payments/" + b.paymentId()).<String>json("$.status")).isEqualTo("PAID");
	}

	@Test
	void forgedStaleAndUnsignedWebhooksAreRefusedAndChangeNothing() {
		Booked b = bookAndCheckout(6);
		String completed = event("evt_" + UUID.randomUUID(), "checkout.session.completed", session(b.sessionId(), "complete", "paid"));

		assertThat(deliver(completed, Instant.now(), "whsec_someone_else")).isEqualTo(400);
		assertThat(deliver(completed, Instant.now().minus(Duration.ofMinutes(10)), WEBHOOK_SECRET)).as("replayed later").isEqualTo(400);
		assertThat(send(completed, null)).isEqualTo(400);
		assertThat(b.patient().get("/api/payments/" + b.paymentId()).<String>json("$.status")).isEqualTo("OPEN");
		assertThat(b.patient().get("/api/appointments/" + b.appointmentId()).<String>json("$.paymentStatus")).isEqualTo("UNPAID");
	}

	@Test
	void outOfOrderNoticesNeverUndoAPaymentAndADoubtfulExpiryIsCheckedWithStripe() {
		Booked paidFirst = bookAndCheckout(7);
		deliver(event("evt_" + UUID.randomUUID(), "checkout.session.completed", session(paidFirst.sessionId(), "complete", "paid")),
				Instant.now(), WEBHOOK_SECRET);
		deliver(event("evt_" + UUID.randomUUID(), "checkout.session.expired", session(paidFirst.sessionId(), "expired", "unpaid")),
				Instant.now(), WEBHOOK_SECRET);
		assertThat(paidFirst.patient().get("/api/payments/" + paidFirst.paymentId()).<String>json("$.status")).isEqualTo("PAID");

		// the expiry arrives while the success is still on its way: Stripe has the last word
		Booked expiryFirst = bookAndCheckout(8);
		stripe.stubFor(get(urlEqualTo("/v1/checkout/sessions/" + expiryFirst.sessionId()))
			.willReturn(okJson(session(expiryFirst.sessionId(), "complete", "paid"))));
		deliver(event("evt_" + UUID.randomUUID(), "checkout.session.expired", session(expiryFirst.sessionId(), "expired", "unpaid")),
				Instant.now(), WEBHOOK_SECRET);
		assertThat(expiryFirst.patient().get("/api/payments/" + expiryFirst.paymentId()).<String>json("$.status")).isEqualTo("PAID");

		// a real expiry: Stripe confirms it
		Booked expired = bookAndCheckout(9);
		stripe.stubFor(get(urlEqualTo("/v1/checkout/sessions/" + expired.sessionId()))
			.willReturn(okJson(session(expired.sessionId(), "expired", "unpaid"))));
		deliver(event("evt_" + UUID.randomUUID(), "checkout.session.expired", session(expired.sessionId(), "expired", "unpaid")),
				Instant.now(), WEBHOOK_SECRET);
		assertThat(expired.patient().get("/api/payments/" + expired.paymentId()).<String>json("$.status")).isEqualTo("EXPIRED");
	}

	@Test
	void aDoctorsCancellationRefundsThroughStripeWithAnIdempotencyKey() {
		Booked b = bookAndCheckout(10);
		deliver(event("evt_" + UUID.randomUUID(), "checkout.session.completed",
				session(b.sessionId(), "complete", "paid").replace("\"payment_intent\": null", "\"payment_intent\": \"pi_refund\"")),
				Instant.now(), WEBHOOK_SECRET);
		stripe.stubFor(post(urlEqualTo("/v1/refunds")).willReturn(okJson("""
				{"id": "re_1", "object": "refund", "amount": 5000, "currency": "eur", "payment_intent": "pi_refund", "status": "succeeded"}""")));

		clinic.signedIn(port, b.doctor().email()).post("/api/appointments/" + b.appointmentId() + "/cancel", "{\"reason\":\"ill\"}");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				b.patient().get("/api/appointments/" + b.appointmentId()).<String>json("$.paymentStatus")).isEqualTo("REFUNDED"));
		stripe.verify(1, postRequestedFor(urlEqualTo("/v1/refunds"))
			.withHeader("Idempotency-Key", equalTo("refund-" + b.paymentId()))
			.withRequestBody(containing("payment_intent=pi_refund"))
			.withRequestBody(containing("amount=5000")));

		// Stripe then reports the refund it made: nothing changes twice
		deliver(event("evt_" + UUID.randomUUID(), "charge.refunded", """
				{"id": "ch_1", "object": "charge", "amount": 5000, "amount_refunded": 5000, "currency": "eur", "payment_intent": "pi_refund"}"""),
				Instant.now(), WEBHOOK_SECRET);
		assertThat(b.patient().get("/api/payments/" + b.paymentId()).<Double>json("$.refundedAmount")).isEqualTo(50.0);
	}

	@Test
	void whenStripeIsDownTheBookingSurvivesAndTheCheckoutCanBeRetried() {
		ApiClient patient = clinic.patient(port);
		String id = bookPrepaid(patient, 11);
		stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", "application/json").withBody("{\"error\": {\"message\": \"boom\", \"type\": \"api_error\"}}")));

		var failed = patient.post("/api/appointments/" + id + "/checkout", null);
		assertThat(failed.status()).isEqualTo(502);
		assertThat(failed.<String>json("$.detail")).contains("try again");
		assertThat(patient.get("/api/appointments/" + id).<String>json("$.status")).isEqualTo("PENDING");

		stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).willReturn(okJson(session("cs_test_retry_" + id.substring(0, 8), "open", "unpaid"))));
		assertThat(patient.post("/api/appointments/" + id + "/checkout", null).status()).isEqualTo(201);
	}

	@Test
	void aStripeTimeoutIsRetriedUnderTheSameIdempotencyKeyAndATimeoutOutageKeepsTheBooking() {
		ApiClient patient = clinic.patient(port);
		String id = bookPrepaid(patient, 12);
		String sessionId = "cs_test_slow_" + id.substring(0, 8);
		stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions"))
			.willReturn(okJson(session(sessionId, "open", "unpaid")).withFixedDelay(2_500)));

		var failed = patient.post("/api/appointments/" + id + "/checkout", null);
		assertThat(failed.status()).as("no answer in time, even after the client's retries").isEqualTo(502);
		assertThat(patient.get("/api/appointments/" + id).<String>json("$.status")).isEqualTo("PENDING");
		List<String> keys = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))).stream()
			.map(r -> r.getHeader("Idempotency-Key")).toList();
		assertThat(keys).hasSize(3).doesNotContainNull().containsOnly(keys.get(0)); // Stripe would create one session at most

		stripe.resetAll();
		stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).inScenario("slow").whenScenarioStateIs(Scenario.STARTED)
			.willReturn(okJson(session(sessionId, "open", "unpaid")).withFixedDelay(2_500)).willSetStateTo("quick"));
		stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions")).inScenario("slow").whenScenarioStateIs("quick")
			.willReturn(okJson(session(sessionId, "open", "unpaid"))));
		var paid = patient.post("/api/appointments/" + id + "/checkout", null);
		assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		stripe.verify(2, postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
			.withHeader("Idempotency-Key", equalTo("checkout-" + paid.<String>json("$.paymentId"))));
	}

	static String session(String id, String status, String paymentStatus) {
		return """
				{"id": "%s", "object": "checkout.session", "status": "%s", "payment_status": "%s", "payment_intent": null,
				 "url": "https://checkout.stripe.com/c/pay/%s", "mode": "payment", "currency": "eur", "amount_total": 5000}"""
			.formatted(id, status, paymentStatus, id);
	}

	static String event(String id, String type, String object) {
		return """
				{"id": "%s", "object": "event", "type": "%s", "api_version": "2025-01-27.acacia", "created": %d,
				 "livemode": false, "pending_webhooks": 1, "data": {"object": %s}}""".formatted(id, type,
				Instant.now().getEpochSecond(), object);
	}

	/** Signs like Stripe: HMAC-SHA256 over "timestamp.payload" with the endpoint's secret. */
	private int deliver(String payload, Instant at, String secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String signed = at.getEpochSecond() + "." + payload;
			String signature = "t=" + at.getEpochSecond() + ",v1="
					+ HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
			return send(payload, signature);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int send(String payload, String signature) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/webhooks/stripe"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(payload));
		if (signature != null) {
			request.header("Stripe-Signature", signature);
		}
		return new ApiClient(port).send(request).status();
	}
}
