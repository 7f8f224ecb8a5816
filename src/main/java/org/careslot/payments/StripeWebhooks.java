package org.careslot.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.checkout.Session;
import io.swagger.v3.oas.annotations.Operation;
import org.careslot.platform.ApiException;
import org.careslot.platform.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stripe's notifications. Each is verified (signature and age), handled once per event id, and
 * applied through the payment state machine, which ignores moves backwards; an expiry is checked
 * against the session as Stripe has it now, since its success may simply not have arrived yet.
 */
@RestController
class StripeWebhooks {

	private static final Logger log = LoggerFactory.getLogger(StripeWebhooks.class);

	private final PaymentGateway gateway;
	private final PaymentProperties properties;
	private final PaymentRows rows;
	private final PaymentSettlement settlement;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonMapper json;

	StripeWebhooks(PaymentGateway gateway, PaymentProperties properties, PaymentRows rows,
			PaymentSettlement settlement, JdbcClient jdbc, Clock clock, JsonMapper json) {
		this.json = json;
		this.gateway = gateway;
		this.properties = properties;
		this.rows = rows;
		this.settlement = settlement;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PostMapping("/api/webhooks/stripe")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Stripe webhook endpoint (verified by the Stripe-Signature header)")
	@Transactional
	public void receive(@RequestBody String payload,
			@RequestHeader(name = "Stripe-Signature", required = false) String signature) {
		if (!(gateway instanceof StripeGateway stripe)) {
			throw ApiException.notFound(Text.of("notFound.stripeWebhook"));
		}
		Event event;
		try {
			event = stripe.verify(payload, signature == null ? "" : signature, properties.stripe().webhookSecret(),
					properties.stripe().webhookTolerance().toSeconds());
		}
		catch (SignatureVerificationException ex) {
			throw new ApiException(HttpStatus.BAD_REQUEST, Text.of("title.invalidSignature"),
					Text.of("webhook.stripeSignature"), List.of());
		}
		int first = jdbc.sql("INSERT INTO stripe_events (id, type, received_at) VALUES (:id, :type, :now) ON CONFLICT DO NOTHING")
			.param("id", event.getId())
			.param("type", event.getType())
			.param("now", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		if (first == 0) {
			return; // delivered before: already handled
		}
		JsonNode object = json.readTree(event.getDataObjectDeserializer().getRawJson());
		switch (event.getType()) {
			case "checkout.session.completed", "checkout.session.async_payment_succeeded" -> bySession(object)
				.ifPresent(p -> {
					if ("paid".equals(text(object, "payment_status"))) {
						settlement.markPaid(p.view().id(), text(object, "payment_intent"));
					}
				});
			case "checkout.session.async_payment_failed" -> bySession(object).ifPresent(p -> settlement.markFailed(p.view().id()));
			case "checkout.session.expired" -> bySession(object).ifPresent(p -> reconcileExpiry(stripe, p));
			case "payment_intent.payment_failed" -> paymentId(object).ifPresent(settlement::markFailed);
			case "charge.refunded" -> {
				String intent = text(object, "payment_intent");
				String currency = text(object, "currency");
				if (intent != null && currency != null) {
					settlement.markRefunded(intent, BigDecimal.valueOf(object.path("amount_refunded").asLong(),
							Currency.getInstance(currency.toUpperCase()).getDefaultFractionDigits()));
				}
			}
			default -> log.debug("Stripe event {} of type {} needs nothing from CareSlot", event.getId(), event.getType());
		}
	}

	/** An expiry is doubtful if the payment still looks open to us: ask Stripe how the session ended. */
	private void reconcileExpiry(StripeGateway stripe, PaymentRows.Payment payment) {
		if (payment.view().status() != PaymentState.OPEN) {
			return;
		}
		Session session = stripe.fetchSession(payment.view().transactionId());
		if ("complete".equals(session.getStatus()) && "paid".equals(session.getPaymentStatus())) {
			settlement.markPaid(payment.view().id(), session.getPaymentIntent());
		}
		else {
			settlement.markExpired(payment.view().id());
		}
	}

	private Optional<PaymentRows.Payment> bySession(JsonNode session) {
		Optional<PaymentRows.Payment> payment = rows.byTransaction(text(session, "id"));
		if (payment.isEmpty()) {
			log.warn("Stripe event for unknown checkout session {}", text(session, "id"));
		}
		return payment;
	}

	private static Optional<UUID> paymentId(JsonNode object) {
		String id = text(object.path("metadata"), "payment_id");
		if (id == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(UUID.fromString(id));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static String text(JsonNode object, String field) {
		JsonNode value = object.get(field);
		return value == null || value.isNull() ? null : value.asString();
	}
}
