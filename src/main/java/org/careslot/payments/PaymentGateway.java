package org.careslot.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A payment provider: Stripe, or the in-app test checkout. */
interface PaymentGateway {

	/** "stripe" or "test", as stored with each payment. */
	String name();

	/** Opens a hosted checkout for one payment; the key makes a retried call create nothing new. */
	Checkout createCheckout(CheckoutRequest request);

	/** Gives money back; the key makes a retried refund refund nothing twice. */
	void refund(String transactionId, String paymentIntentId, BigDecimal amount, String currency, String idempotencyKey);

	record CheckoutRequest(UUID paymentId, UUID appointmentId, String description, BigDecimal amount, String currency,
			String customerEmail, Instant expiresAt, String idempotencyKey) {
	}

	/** @param transactionId the provider's id of the checkout */
	record Checkout(String transactionId, String url) {
	}
}
