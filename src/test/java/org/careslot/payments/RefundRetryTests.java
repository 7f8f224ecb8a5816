package org.careslot.payments;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.zaxxer.hikari.HikariDataSource;
import org.careslot.CareSlotApplication;
import org.careslot.platform.events.EventPublicationRetry;
import org.careslot.support.ApiClient;
import org.careslot.support.ApiTest;
import org.careslot.support.Clinic;
import org.careslot.support.MutableClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Refunds that Stripe refuses are paid back while CareSlot runs, once, whichever of two nodes on
 * one database runs the retry job: the real stripe-java client against a local fake of Stripe.
 */
@ApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefundRetryTests {

	static final String WEBHOOK_SECRET = "whsec_careslot_retry";
	static final WireMockServer stripe = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	static {
		stripe.start();
	}

	@DynamicPropertySource
	static void stripeProperties(DynamicPropertyRegistry registry) {
		stripeSettings().forEach((name, value) -> registry.add(name, () -> value));
	}

	static Map<String, String> stripeSettings() {
		return Map.of("careslot.payments.stripe.secret-key", "sk_test_careslot",
				"careslot.payments.stripe.webhook-secret", WEBHOOK_SECRET,
				"careslot.payments.stripe.api-base", "http://127.0.0.1:" + stripe.port(),
				"careslot.payments.stripe.read-timeout", "1s");
	}

	@LocalServerPort
	int port;

	@Autowired
	Clinic clinic;

	@Autowired
	MutableClock clock;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	ApplicationContext nodeA;

	ConfigurableApplicationContext nodeB;
	int portB;

	@BeforeAll
	void startSecondNode() {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
				"--careslot.security.require-mfa=false"));
		stripeSettings().forEach((name, value) -> args.add("--" + name + "=" + value));
		nodeB = new SpringApplicationBuilder(CareSlotApplication.class)
			.properties(Map.of("spring.datasource.url", dataSource.getJdbcUrl(), "spring.datasource.username",
					dataSource.getUsername(), "spring.datasource.password", "", "careslot.demo-data", "false",
					"spring.main.banner-mode", "off"))
			// both nodes read the same (movable) time, as servers in one clinic would
			.initializers(context -> ((GenericApplicationContext) context).registerBean("sharedTestClock", Clock.class,
					() -> clock, definition -> definition.setPrimary(true)))
			.run(args.toArray(String[]::new));
		portB = ((WebServerApplicationContext) nodeB).getWebServer().getPort();
	}

	@AfterAll
	void stopSecondNode() {
		nodeB.close();
		clock.reset();
		stripe.stop();
	}

	@BeforeEach
	void resetStripe() {
		stripe.resetAll();
	}

	@Test
	void aRefundStripeRefusesTwiceIsPaidBackOnceByWhicheverNodeRetriesWithoutARestart() throws Exception {
		Paid paid = paidAppointment("pi_retry_" + UUID.randomUUID().toString().substring(0, 8));
		String key = "refund-" + paid.paymentId();
		stripe.stubFor(post(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key))
			.inScenario("outage").whenScenarioStateIs(Scenario.STARTED).willReturn(stripeDown()).willSetStateTo("still down"));
		stripe.stubFor(post(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key))
			.inScenario("outage").whenScenarioStateIs("still down").willReturn(stripeDown()).willSetStateTo("back"));
		stripe.stubFor(post(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key))
			.inScenario("outage").whenScenarioStateIs("back").willReturn(okJson("""
					{"id": "re_retry", "object": "refund", "amount": 5000, "currency": "eur", "payment_intent": "%s",
					 "status": "succeeded"}""".formatted(paid.paymentIntent()))));
		ApiClient admin = clinic.admin(port);

		// the doctor cancels on node B; its listener asks Stripe at once and is refused
		var cancelled = clinic.signedIn(portB, paid.doctor().email())
			.post("/api/appointments/" + paid.appointmentId() + "/cancel", "{\"reason\":\"ill\"}");
		assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
		awaitPublication(paid.appointmentId(), "FAILED", 1);
		assertThat(refundCalls(key)).isEqualTo(1);
		var owed = outstanding(admin, paid.appointmentId());
		assertThat(owed).as("listed while owed").hasSize(1);
		assertThat(owed.get(0)).containsEntry("paymentId", paid.paymentId()).containsEntry("attempts", 1)
			.containsEntry("patientName", "Test Patient").containsEntry("doctorName", paid.doctor().view().fullName())
			.containsEntry("amount", Map.of("amount", "50.00", "currency", "EUR"))
			.containsKey("cancelledAt");
		assertThat((String) owed.get(0).get("lastError")).contains("HTTP 500").contains("Stripe is having a bad day");

		// both nodes run the job, several rounds at once: the first retry waits a minute
		retryOnBothNodes();
		assertThat(refundCalls(key)).as("not due yet").isEqualTo(1);

		clock.advance(Duration.ofSeconds(61));
		retryOnBothNodes();
		retryOnBothNodes();
		awaitPublication(paid.appointmentId(), "FAILED", 2);
		assertThat(refundCalls(key)).as("one retry across both nodes").isEqualTo(2);
		assertThat(outstanding(admin, paid.appointmentId())).singleElement().satisfies(r -> assertThat(r).containsEntry("attempts", 2));

		// the wait doubles: two minutes after that retry, not one
		clock.advance(Duration.ofSeconds(61));
		retryOnBothNodes();
		assertThat(refundCalls(key)).as("backing off").isEqualTo(2);

		clock.advance(Duration.ofSeconds(60));
		retryOnBothNodes();
		retryOnBothNodes();
		awaitPublication(paid.appointmentId(), "COMPLETED", 3);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				admin.get("/api/payments/" + paid.paymentId()).<String>json("$.status")).isEqualTo("REFUNDED"));
		assertThat(admin.get("/api/appointments/" + paid.appointmentId()).<String>json("$.paymentStatus")).isEqualTo("REFUNDED");
		assertThat(outstanding(admin, paid.appointmentId())).as("not listed once paid back").isEmpty();

		// long after, still nothing more to do
		clock.advance(Duration.ofHours(1));
		retryOnBothNodes();
		retryOnBothNodes();
		stripe.verify(3, postRequestedFor(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("payment_intent=" + paid.paymentIntent()))
			.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing("amount=5000")));
		assertThat(successfulRefundCalls(key)).as("money moved exactly once").isEqualTo(1);
	}

	@Test
	void aSuccessForAVisitNoLongerLiveIsAcknowledgedAndRefundedAfterTheWebhooksCommit() {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String appointmentId = book(patient, doctor, 14);
		Checkout checkout = checkout(patient, appointmentId);
		assertThat(clinic.signedIn(port, doctor.email()).post("/api/appointments/" + appointmentId + "/cancel",
				"{\"reason\":\"ill\"}").status()).isEqualTo(200);
		// the cancellation's refund listener has run and found nothing paid; were it still running when
		// the payment lands it would refund too (same idempotency key, so money moves once, but two calls)
		awaitPublication(appointmentId, "COMPLETED", 1);
		String key = "refund-" + checkout.paymentId();
		stripe.stubFor(post(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key)).willReturn(stripeDown()));

		// the patient paid on Stripe's page anyway; Stripe's refund API is down when the success arrives
		String intent = "pi_late_" + UUID.randomUUID().toString().substring(0, 8);
		int status = deliver(StripePaymentsTests.event("evt_" + UUID.randomUUID(), "checkout.session.completed",
				StripePaymentsTests.session(checkout.sessionId(), "complete", "paid")
					.replace("\"payment_intent\": null", "\"payment_intent\": \"" + intent + "\"")));

		assertThat(status).as("the webhook does not wait for (nor fail with) the refund").isEqualTo(204);
		ApiClient admin = clinic.admin(port);
		assertThat(admin.get("/api/payments/" + checkout.paymentId()).<String>json("$.status")).isEqualTo("PAID");
		await().atMost(Duration.ofSeconds(10)).until(() -> refundCalls(key) == 1);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(outstanding(admin, appointmentId))
			.singleElement().satisfies(r -> assertThat(r).containsEntry("attempts", 1)));

		stripe.stubFor(post(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key)).willReturn(okJson("""
				{"id": "re_late", "object": "refund", "amount": 5000, "currency": "eur", "status": "succeeded"}""")));
		clock.advance(Duration.ofMinutes(2));
		nodeA.getBean(EventPublicationRetry.class).retryDue();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
				admin.get("/api/payments/" + checkout.paymentId()).<String>json("$.status")).isEqualTo("REFUNDED"));
		assertThat(outstanding(admin, appointmentId)).isEmpty();
		stripe.verify(2, postRequestedFor(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key)));
	}

	/** Stripe failing; the header keeps stripe-java from retrying inside one attempt, so attempts can be counted. */
	private static ResponseDefinitionBuilder stripeDown() {
		return aResponse().withStatus(500).withHeader("Content-Type", "application/json")
			.withHeader("Stripe-Should-Retry", "false")
			.withBody("{\"error\": {\"message\": \"Stripe is having a bad day\", \"type\": \"api_error\"}}");
	}

	/** Four callers, two on each node, run the retry job at the same moment. */
	private void retryOnBothNodes() throws Exception {
		List<EventPublicationRetry> jobs = List.of(nodeA.getBean(EventPublicationRetry.class),
				nodeB.getBean(EventPublicationRetry.class));
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Integer>> rounds = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				EventPublicationRetry job = jobs.get(i % 2);
				rounds.add(pool.submit(() -> {
					start.await();
					return job.retryDue();
				}));
			}
			start.countDown();
			for (Future<Integer> round : rounds) {
				round.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** Waits until the refund listener's publication for the appointment has settled in that state after that many attempts. */
	private void awaitPublication(String appointmentId, String status, int attempts) {
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(JdbcClient.create(dataSource).sql("""
				SELECT status, completion_attempts FROM event_publication
				WHERE listener_id LIKE 'org.careslot.payments.RefundOnCancellation.%' AND serialized_event LIKE :appointment
				""")
			.param("appointment", "%" + appointmentId + "%")
			.query((rs, n) -> rs.getString(1) + " after " + rs.getInt(2))
			.single()).isEqualTo(status + " after " + attempts));
	}

	private static long refundCalls(String key) {
		return stripe.findAll(postRequestedFor(urlEqualTo("/v1/refunds")).withHeader("Idempotency-Key", equalTo(key))).size();
	}

	private static long successfulRefundCalls(String key) {
		return stripe.getAllServeEvents().stream()
			.filter(e -> e.getRequest().getUrl().equals("/v1/refunds") && key.equals(e.getRequest().getHeader("Idempotency-Key")))
			.filter(e -> e.getResponse().getStatus() == 200)
			.count();
	}

	private static List<Map<String, Object>> outstanding(ApiClient admin, String appointmentId) {
		var response = admin.get("/api/admin/refunds/outstanding");
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json("$[?(@.appointmentId == '" + appointmentId + "')]");
	}

	record Checkout(String paymentId, String sessionId) {
	}

	record Paid(Clinic.Doctor doctor, String appointmentId, String paymentId, String paymentIntent) {
	}

	/** A prepayment doctor's appointment, paid through Stripe Checkout (a signed completion webhook). */
	private Paid paidAppointment(String paymentIntent) {
		Clinic.Doctor doctor = clinic.doctor(ZoneId.of("UTC"), true);
		ApiClient patient = clinic.patient(port);
		String appointmentId = book(patient, doctor, 13);
		Checkout checkout = checkout(patient, appointmentId);
		int status = deliver(StripePaymentsTests.event("evt_" + UUID.randomUUID(), "checkout.session.completed",
				StripePaymentsTests.session(checkout.sessionId(), "complete", "paid")
					.replace("\"payment_intent\": null", "\"payment_intent\": \"" + paymentIntent + "\"")));
		assertThat(status).isEqualTo(204);
		assertThat(patient.get("/api/appointments/" + appointmentId).<String>json("$.paymentStatus")).isEqualTo("PAID");
		return new Paid(doctor, appointmentId, checkout.paymentId(), paymentIntent);
	}

	private static String book(ApiClient patient, Clinic.Doctor doctor, int daysAhead) {
		String start = LocalDate.now(ZoneOffset.UTC).plusDays(daysAhead).atTime(10, 0).toInstant(ZoneOffset.UTC).toString();
		var booked = patient.post("/api/appointments", """
				{"doctorId":"%s","start":"%s"}""".formatted(doctor.id(), start));
		assertThat(booked.status()).as(booked.body()).isEqualTo(201);
		return booked.json("$.id");
	}

	private Checkout checkout(ApiClient patient, String appointmentId) {
		String sessionId = "cs_test_" + UUID.randomUUID().toString().replace("-", "");
		stripe.stubFor(post(urlEqualTo("/v1/checkout/sessions"))
			.willReturn(okJson(StripePaymentsTests.session(sessionId, "open", "unpaid"))));
		var checkout = patient.post("/api/appointments/" + appointmentId + "/checkout", null);
		assertThat(checkout.status()).as(checkout.body()).isEqualTo(201);
		return new Checkout(checkout.json("$.paymentId"), sessionId);
	}

	/** Signs like Stripe (HMAC-SHA256 over "timestamp.payload") and posts to node A's webhook. */
	private int deliver(String payload) {
		try {
			long at = Instant.now().getEpochSecond();
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String signature = "t=" + at + ",v1=" + HexFormat.of()
				.formatHex(mac.doFinal((at + "." + payload).getBytes(StandardCharsets.UTF_8)));
			return new ApiClient(port).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/webhooks/stripe"))
				.header("Content-Type", "application/json")
				.header("Stripe-Signature", signature)
				.POST(HttpRequest.BodyPublishers.ofString(payload))).status();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
